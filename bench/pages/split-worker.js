/* global importScripts, postMessage, Papa -- a classic worker: papaparse is its global */
// For bench/csv.bench.mjs: the splitting of a CSV text into cells, in a worker, by papaparse (as
// the reader uses it, line ending and delimiter given) and by a minimal RFC 4180 splitter.
importScripts('/node_modules/papaparse/papaparse.min.js');

/** Cells of every row: quoted cells with "" for a quote, commas, LF or CRLF. */
function split(text) {
  const rows = [];
  let row = [];
  let at = 0;
  const end = text.length;
  while (at < end) {
    if (text.charCodeAt(at) === 34) {
      let value = '';
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) {
          value += text.slice(at);
          at = end;
          break;
        }
        value += text.slice(at, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      row.push(value);
    } else {
      let stop = at;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === 44 || code === 10 || code === 13) break;
        stop += 1;
      }
      row.push(text.slice(at, stop));
      at = stop;
    }
    const code = text.charCodeAt(at);
    if (code === 44) {
      at += 1;
      if (at === end) row.push('');
    } else if (code === 10 || code === 13) {
      at += code === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The median of three runs, and the rows found. */
function time(run) {
  const times = [];
  let rows = 0;
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    rows = run().length;
    times.push(performance.now() - start);
  }
  return { ms: times.sort((a, b) => a - b)[1], rows };
}

globalThis.addEventListener('message', ({ data }) =>
  postMessage({
    papaparse: time(() => new Papa.Parser({ delimiter: ',', newline: '\n' }).parse(data, 0, false).data),
    minimal: time(() => split(data)),
  }),
);
