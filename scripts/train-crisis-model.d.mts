/** src/search/crisis-model.generated.ts's content, trained from the corpus as it is now. */
export declare function trainCrisisModel(options?: { corpus?: readonly string[]; report?: boolean }): Promise<string>;
