// Test-only routes for the component test server (@web/dev-server middleware, Koa style):
// a data file that can be switched between up and down, to test the saved copy.
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../demo/data/sample.csv', import.meta.url));
let flakyIsUp = true;

/** The stories ask for `data/…` and `fixtures/…` as Storybook serves them; map those here. */
export async function storyPaths(context, next) {
  if (context.path.startsWith('/data/')) context.path = `/demo${context.path}`;
  else if (context.path.startsWith('/fixtures/')) context.path = `/stories${context.path}`;
  return next();
}

export async function faultRoutes(context, next) {
  if (!context.path.startsWith('/__test/')) return next();
  // Paths have no extension: the test server marks files with one as cacheable for a year,
  // and these must reach the server every time.
  context.set('Cache-Control', 'no-store');
  switch (context.path) {
    case '/__test/flaky/up':
    case '/__test/flaky/down':
      flakyIsUp = context.path.endsWith('/up');
      context.body = 'ok';
      return;
    case '/__test/flaky-data':
      if (flakyIsUp) {
        context.type = 'text/csv';
        context.body = sample;
      } else {
        context.status = 503;
        context.body = 'Service Unavailable';
      }
      return;
    case '/__test/maintenance-page':
      context.type = 'text/html';
      context.body = '<!DOCTYPE html><html><body>ただいまメンテナンス中です</body></html>';
      return;
    default:
      context.status = 404;
      context.body = 'Not found';
  }
}
