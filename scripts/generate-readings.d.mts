/** src/search/readings.generated.ts's content, from the sources as they are now. */
export declare function generateReadings(tokenizer?: unknown): Promise<string>;
