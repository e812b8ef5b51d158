export declare function minifyStyles(code: string, fileName: string): Promise<string>;
export declare function minifyMarkup(code: string, fileName: string): Promise<string>;
export declare function minifyStylesPlugin(): { name: string; enforce: 'pre'; transform(code: string, id: string): Promise<{ code: string; map: null } | null> };
