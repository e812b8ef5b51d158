export declare const TOWN_HEADER: string;
export declare function generateTownCsv(copies?: number): string;
