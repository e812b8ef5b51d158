export declare function minifyCss(text: string): string;
export declare function minifyCssLiterals(source: string): string;
export declare function minifyCssLiteralsPlugin(): { name: string; enforce: 'pre'; transform(code: string, id: string): { code: string; map: null } | null };
