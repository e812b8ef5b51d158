import { expect } from '@open-wc/testing';
import { SharedCsvWorker } from '../../../src/data/csv-worker-client.js';
import { startCsvWorker } from '../../../src/data/csv-worker-start.js';
import { readCsvBytes, type SourceResult } from '../../../src/data/load.js';
import { ShienNaviError } from '../../../src/data/errors.js';
import { hostileCsv, longWordCsv, lookalikeCsv, rowBombCsv } from '../../fixtures/hostile/corpus.mjs';

// The CSV worker (src/data/csv-worker.ts) against the page's own reader: the same records, the
// same report and the same failures for every kind of file, and the page reads the file itself,
// with no uncaught error, where a worker does not start.

const TODAY = '2026-12-07';
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());

type Outcome = { result: SourceResult } | { error: { name: string; kind: string; message: string; source: string; report?: unknown } };

/** Reads with `csvWorker` (a worker of its own by default, as a new page has). */
async function read(bytes: Uint8Array, csvWorker = new SharedCsvWorker(startCsvWorker)): Promise<Outcome> {
  try {
    return { result: await readCsvBytes(bytes, '/data/test.csv', 's1', { today: TODAY, csvWorker }) };
  } catch (error) {
    if (!(error instanceof ShienNaviError)) throw error;
    const { name, kind, message, source } = error;
    const report = (error as { report?: unknown }).report;
    return { error: { name: error.constructor.name + name, kind, message, source, ...(report ? { report } : {}) } };
  }
}

/** Reads with `Worker` as given (undefined: none), counting the workers started and the messages they answered. */
async function readWith(bytes: Uint8Array, worker: typeof Worker | undefined): Promise<{ outcome: Outcome; started: number; answered: number }> {
  const [result] = await readAllWith([bytes], worker);
  return result as { outcome: Outcome; started: number; answered: number };
}

/** Reads several files at once with one page's worker, made with `Worker` as given; the workers started and the messages they answered, in total. */
async function readAllWith(files: readonly Uint8Array[], worker: typeof Worker | undefined, csvWorker?: SharedCsvWorker): Promise<{ outcome: Outcome; started: number; answered: number }[]> {
  const real = globalThis.Worker;
  let started = 0;
  let answered = 0;
  const counted =
    worker &&
    class extends worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started += 1;
        this.addEventListener('message', () => (answered += 1));
      }
    };
  Object.assign(globalThis, { Worker: counted });
  const shared = csvWorker ?? new SharedCsvWorker(startCsvWorker);
  try {
    const outcomes = await Promise.all(files.map((bytes) => read(bytes, shared)));
    return outcomes.map((outcome) => ({ outcome, started, answered }));
  } finally {
    Object.assign(globalThis, { Worker: real });
  }
}

/** A worker whose file is not there: it never starts (as when a CSP refuses it). */
class MissingWorker extends Worker {
  constructor(_url: string | URL, options?: WorkerOptions) {
    super('/no-such-worker.js', options);
  }
}

const FILES: readonly [string, () => Promise<Uint8Array>][] = [
  ['the sample data', () => file('/demo/data/sample.csv')],
  ['a Shift_JIS (CP932) file', () => file('/test/fixtures/encoding.cp932.csv')],
  ['a UTF-8 file with a BOM', () => file('/test/fixtures/encoding.utf8bom.csv')],
  ['the injection corpus in every column', () => Promise.resolve(utf8(hostileCsv()))],
  ['long Latin words', () => Promise.resolve(utf8(longWordCsv()))],
  ['rows imitating crisis lines', () => Promise.resolve(utf8(lookalikeCsv()))],
  ['a row bomb (2,000,000 one-character lines)', () => Promise.resolve(utf8(rowBombCsv()))],
  ['an HTML error page', () => Promise.resolve(utf8('<!DOCTYPE html><html><body>503</body></html>'))],
  ['a PNG image', () => Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))],
  ['a CSV without a 制度名 column', () => Promise.resolve(utf8('電話番号,住所\n000-0000-0000,札幌市\n'))],
  ['an empty file', () => Promise.resolve(new Uint8Array())],
];

describe('the CSV worker', () => {
  let uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  for (const [what, bytes] of FILES) {
    it(`reads ${what} as the page does`, async () => {
      const data = await bytes();
      const inWorker = await readWith(data, Worker);
      const onPage = await readWith(data, undefined);
      expect(inWorker.started).to.equal(1);
      // It started and answered: the records came from it.
      expect(inWorker.answered).to.be.greaterThan(1);
      expect(onPage.started).to.equal(0);
      expect(inWorker.outcome).to.deep.equal(onPage.outcome);
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('gives the records of a big file in batches, in order', async () => {
    const rows = Array.from({ length: 5_000 }, (_, index) => `R${index},【サンプル】制度 ${index},000-0000-${String(index).padStart(4, '0')}`);
    const data = utf8(`制度番号,制度名,電話番号\n${rows.join('\n')}\n`);
    const inWorker = await readWith(data, Worker);
    const onPage = await readWith(data, undefined);
    // ready, five batches, done.
    expect(inWorker.answered).to.be.greaterThan(3);
    expect('result' in inWorker.outcome && inWorker.outcome.result.records.map((record) => record.id)).to.deep.equal(rows.map((_, index) => `R${index}`));
    expect(inWorker.outcome).to.deep.equal(onPage.outcome);
  });

  it('starts again, as the page does, when a byte that is not UTF-8 comes after the first batches', async () => {
    const rows = Array.from({ length: 8_000 }, (_, index) => `R${index},Service ${index},000-0000-${String(index).padStart(4, '0')},${'x'.repeat(60)}`);
    const utf8Part = utf8(`制度番号,制度名,電話番号,概要\n${rows.join('\n')}\n`);
    // A Shift_JIS あ, beyond the first slice of 512 KB.
    const data = new Uint8Array([...utf8Part, ...utf8('R-last,'), 0x82, 0xa0, ...utf8(',000-0000-9999,x\n')]);
    expect(utf8Part.length).to.be.greaterThan(512 * 1024);
    const inWorker = await readWith(data, Worker);
    const onPage = await readWith(data, undefined);
    expect(inWorker.answered).to.be.greaterThan(3);
    expect(inWorker.outcome).to.deep.equal(onPage.outcome);
    // Read again from the start as Shift_JIS, the UTF-8 header no longer says 制度名, in both.
    expect('error' in onPage.outcome && onPage.outcome.error.kind).to.equal('schema');
    expect('error' in inWorker.outcome && inWorker.outcome.error.report).to.deep.include({ rows: 8_001, missingColumns: ['タイトル制度名'] });
  });

  it('reads on the page, with the same result and no uncaught error, when the worker cannot start', async () => {
    const data = await file('/demo/data/sample.csv');
    const refused = await readWith(data, MissingWorker);
    const onPage = await readWith(data, undefined);
    expect(refused.started).to.equal(1);
    expect(refused.answered).to.equal(0);
    expect('result' in refused.outcome && refused.outcome.result.records.length).to.equal(52);
    expect(refused.outcome).to.deep.equal(onPage.outcome);
    expect(uncaught).to.deep.equal([]);
  });

  it('reads every file of a page, one after another and several at once, in one worker', async () => {
    const files = await Promise.all([file('/demo/data/sample.csv'), file('/test/fixtures/encoding.cp932.csv'), Promise.resolve(utf8(hostileCsv()))]);
    const onPage = await readAllWith(files, undefined);
    const real = globalThis.Worker;
    const started: Worker[] = [];
    let answered = 0;
    Object.assign(globalThis, {
      Worker: class extends real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(this);
          this.addEventListener('message', () => (answered += 1));
        }
      },
    });
    const page = new SharedCsvWorker(startCsvWorker);
    try {
      const first = await read(files[0] as Uint8Array, page);
      const answeredFirst = answered;
      const together = await Promise.all(files.map((bytes) => read(bytes, page)));
      // Started for the first read, kept for the three after it, which it answered.
      expect(started).to.have.length(1);
      expect(answered).to.be.greaterThan(answeredFirst + 3);
      expect(first).to.deep.equal(onPage[0]?.outcome);
      expect(together).to.deep.equal(onPage.map((read) => read.outcome));
    } finally {
      Object.assign(globalThis, { Worker: real });
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('the page reads every file with its one worker', async () => {
    const data = await file('/demo/data/sample.csv');
    const real = globalThis.Worker;
    let started = 0;
    Object.assign(globalThis, {
      Worker: class extends real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started += 1;
        }
      },
    });
    try {
      const reads = [await readCsvBytes(data, '/a.csv', 's1', { today: TODAY }), await readCsvBytes(data, '/b.csv', 's1', { today: TODAY })];
      expect(reads.map((read) => read.records.length)).to.deep.equal([52, 52]);
    } finally {
      Object.assign(globalThis, { Worker: real });
    }
    expect(started).to.equal(1);
  });

  it('reads on the page, and no more in a worker, once the worker could not start', async () => {
    const data = await file('/demo/data/sample.csv');
    const page = new SharedCsvWorker(startCsvWorker);
    const refused = await readAllWith([data], MissingWorker, page);
    const after = await readAllWith([data], Worker, page);
    expect(refused[0]?.started).to.equal(1);
    expect(after[0]?.started).to.equal(0);
    expect(after[0]?.outcome).to.deep.equal(refused[0]?.outcome);
    expect(uncaught).to.deep.equal([]);
  });
});
