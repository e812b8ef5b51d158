export declare const FAULTS: Readonly<Record<string, string>>;
export declare function closedPort(): Promise<number>;
export declare function startHostileServer(): Promise<{ origin: string; close(): Promise<void>; setFault(kind: string): void }>;
