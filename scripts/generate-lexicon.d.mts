/** The generated lexicon files' contents (path → text), from the sources as they are now, and a summary line. */
export declare function generateLexicon(tokenizer?: unknown): Promise<Record<string, string> & { summary: string }>;
/** kuromoji's tokenizer with its IPA dictionary. */
export declare function buildTokenizer(): Promise<unknown>;
