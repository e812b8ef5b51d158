/**
 * Starts the CSV worker (csv-worker.ts), built as a file of its own beside the CSV reader's
 * chunk; undefined where the browser has no workers. The classic script is one file and reads
 * on the page: its build puts a module that starts no worker in place of this one.
 */
export function startCsvWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module', name: 'shien-navi-csv' });
  } catch {
    // A URL the browser refuses at once: the page reads the file itself.
    return undefined;
  }
}
