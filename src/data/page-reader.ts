/**
 * The page's own CSV reader (read-csv.ts: papaparse and the parser), a chunk of its own fetched
 * only when the page reads a file itself: where the CSV worker cannot start or stops, and for a
 * checker's row observer. Where the worker reads, as on most pages, these bytes would only
 * compete with the app chunk and the data on a slow line before the first answer.
 */
import { lazyModule } from './lazy-module.js';
import type * as ReadCsv from './read-csv.js';

const pageReader = lazyModule((): Promise<typeof ReadCsv> => import('./read-csv.js'));
let given: typeof ReadCsv | undefined;

/**
 * For code that reads every file itself (the checker: its row observer cannot cross to a
 * worker) and must fetch nothing later (the workbench works offline once loaded): the reader,
 * bundled with it.
 */
export function givePageReader(reader: typeof ReadCsv): void {
  given = reader;
}

/** `readCsvPieces` on the page, once its chunk is here. */
export async function readOnPage(...args: Parameters<typeof ReadCsv.readCsvPieces>): ReturnType<typeof ReadCsv.readCsvPieces> {
  return (given ?? (await pageReader.load())).readCsvPieces(...args);
}
