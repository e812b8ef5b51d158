// Servers for the embedding end-to-end tests: a "CDN" that serves dist/ from another origin
// (with or without CORS), and a "site" whose pages embed the widget in the ways site owners do.
import { readFileSync } from 'node:fs';
import { URLSearchParams } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const sample = readFileSync(new URL('demo/data/sample.csv', `file://${root}`));

/** dist/ from its own origin, as jsDelivr or unpkg serve it (`Access-Control-Allow-Origin: *`) unless `cors` is false. */
export function startCdn({ cors = true } = {}) {
  return startStaticServer({ root: `${root}dist`, headers: () => (cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
}

const page = (head, body, style = '') => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>shien-navi embedding test</title>${style ? `<style>${style}</style>` : ''}${head}</head>
<body>${body}</body></html>`;

const html = (response, text) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
};
const csv = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(sample);
};

/**
 * The site. Its own copy of the widget is at /dist/…, its data at /opendata/seido.csv (and
 * where WordPress keeps uploads). Pages:
 *   /page?head=<html>&body=<html>&style=<css>   any page (the tests write the script tags)
 */
export function startSite() {
  return startStaticServer({
    root,
    routes: {
      '/opendata/seido.csv': csv,
      '/wp-content/uploads/seido.csv': csv,
      '/page': (request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const widget = '<shien-navi src="/opendata/seido.csv"></shien-navi>';
        html(response, page(url.searchParams.get('head') ?? '', url.searchParams.get('body') ?? widget, url.searchParams.get('style') ?? ''));
      },
    },
  });
}

/** A page URL on `site` with these parts. */
export function pageUrl(site, { head = '', body, style = '' }) {
  const query = new URLSearchParams({ head, style });
  if (body !== undefined) query.set('body', body);
  return `${site.origin}/page?${query}`;
}
