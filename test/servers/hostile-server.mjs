// The server of the hostile-data and network-fault end-to-end tests: the built widget, a page
// that holds widgets with any attributes, the injection corpus as a CSV and a flow, and one
// data URL (`/switch.csv`) whose failure the test chooses.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { deepFlowJson, hostileCsv, hostileFlow, longWordCsv, lookalikeCsv, protoFlow, rowBombCsv } from '../fixtures/hostile/corpus.mjs';

const root = new URL('../..', import.meta.url).pathname;
const sample = readFileSync(new URL('demo/data/sample.csv', `file://${root}`));
const MB = 1024 * 1024;

/** What `/switch.csv` does; each is one way a data server fails. */
export const FAULTS = {
  ok: 'the sample CSV',
  notFound: '404 Not Found',
  serverError: '500 Internal Server Error',
  reset: 'the connection closed before any response',
  stall: 'headers never sent (the widget times out)',
  truncated: 'Content-Length promises more than is sent, then the connection closes',
  csvAsOctetStream: 'the CSV served as application/octet-stream (still a CSV)',
  htmlAsCsv: 'an HTML error page served as text/csv',
  huge: '50 MB of CSV, streamed without Content-Length',
  binary: 'a PNG image',
};

const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** `/page?widgets=[{…attributes}]`: a page with those widgets on it. */
function page(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const widgets = JSON.parse(url.searchParams.get('widgets') ?? '[{}]');
  const elements = widgets
    .map((attributes) => `<shien-navi ${Object.entries(attributes).map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></shien-navi>`)
    .join('\n');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>shien-navi test page</title><script type="module" src="/dist/shien-navi.js"></script></head><body>${elements}</body></html>`);
}

/** A port nothing listens on, for "connection refused". */
export async function closedPort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startHostileServer() {
  let fault = 'ok';
  const send = (response, body, type = 'text/csv; charset=utf-8') => {
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  const hostile = Buffer.from(hostileCsv(), 'utf8');
  const flow = JSON.stringify(hostileFlow());
  // 4 MB of one-character lines: 2,000,000 rows.
  const rowBomb = Buffer.from(rowBombCsv(), 'utf8');
  const routes = {
    '/page': page,
    '/data/hostile.csv': (_request, response) => send(response, hostile),
    '/flows/hostile.json': (_request, response) => send(response, flow, 'application/json'),
    '/data/long-words.csv': (_request, response) => send(response, longWordCsv()),
    '/data/lookalike.csv': (_request, response) => send(response, lookalikeCsv()),
    '/data/row-bomb.csv': (_request, response) => send(response, rowBomb),
    '/flows/proto.json': (_request, response) => send(response, JSON.stringify(protoFlow()), 'application/json'),
    '/flows/deep.json': (_request, response) => send(response, deepFlowJson(), 'application/json'),
    '/switch.csv': (request, response) => {
      switch (fault) {
        case 'ok':
          return send(response, sample);
        case 'notFound':
          return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        case 'serverError':
          return response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
        case 'reset':
          return request.socket.destroy();
        case 'stall':
          return undefined; // never answers; closed with the server
        case 'truncated':
          response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(sample.length) });
          response.write(sample.subarray(0, Math.floor(sample.length / 2)));
          setTimeout(() => request.socket.destroy(), 50);
          return undefined;
        case 'csvAsOctetStream':
          return send(response, sample, 'application/octet-stream');
        case 'htmlAsCsv':
          return send(response, '<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>');
        case 'huge': {
          response.writeHead(200, { 'Content-Type': 'text/csv' });
          const block = Buffer.alloc(MB, 'a,b,c\n');
          let sent = 0;
          const pump = () => {
            while (sent < 50 && !response.destroyed) {
              sent += 1;
              if (!response.write(block)) return response.once('drain', pump);
            }
            if (!response.destroyed) response.end();
          };
          response.on('error', () => undefined);
          return pump();
        }
        case 'binary':
          return send(response, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a6e3b1530000000049454e44ae426082', 'hex'), 'image/png');
        default:
          throw new Error(`unknown fault ${fault}`);
      }
    },
  };
  const server = await startStaticServer({ root, routes });
  return {
    origin: server.origin,
    close: server.close,
    /** Makes `/switch.csv` fail (or work, with 'ok') from now on. */
    setFault(kind) {
      if (!(kind in FAULTS)) throw new Error(`unknown fault ${kind}`);
      fault = kind;
    },
  };
}
