export declare const GENERATED_HEADER: string;
export declare function generateRow(index: number): string;
export declare function generateCsv(rows: number): string;
