/**
 * How the widget asks for a public file (its data, a site's flow): without cookies, and without
 * telling the data's server which page it is on. The entry's early downloads (early-fetch.ts) use
 * it too, so the request they hand over is the one the widget would have made.
 */
export const PUBLIC_FILE_REQUEST = { credentials: 'omit', referrerPolicy: 'no-referrer' } as const satisfies RequestInit;
