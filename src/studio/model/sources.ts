import { isPublishableUrl, oneLine } from './settings.js';

/**
 * The data the workbench works on: files dropped or picked here (read in this browser only) and
 * URLs typed in. A file carries the URL where the site will publish it, for the snippet.
 */
export type DataSource = FileSource | UrlSource;

export interface FileSource {
  readonly kind: 'file';
  readonly id: string;
  /** The file's name as picked. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where the site owner will put the file; the snippet's `src` names it. */
  readonly publishUrl: string;
}

export interface UrlSource {
  readonly kind: 'url';
  readonly id: string;
  readonly url: string;
}

/** The widget refuses files over 40 MB; so does the workbench. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** Where a dropped file is published unless the site owner says otherwise. */
export const DEFAULT_DATA_FOLDER = '/opendata/';

/** The URL the snippet gives a source. */
export const publishedUrl = (source: DataSource): string => (source.kind === 'file' ? source.publishUrl : source.url);

/** A file name made safe for a URL path (the name people see is kept apart). */
function urlFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const safe = oneLine(base, 100).replace(/[\s#?%"'<>`]+/g, '-');
  return safe === '' || safe === '.' || safe === '..' ? 'data.csv' : safe;
}

/** A default publish URL for a new file, not used by another source. */
export function defaultPublishUrl(name: string, taken: readonly DataSource[]): string {
  const used = new Set(taken.map(publishedUrl));
  const file = urlFileName(name);
  const dot = file.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  for (let copy = 1; ; copy += 1) {
    const candidate = `${DEFAULT_DATA_FOLDER}${copy === 1 ? file : `${stem}-${copy}${extension}`}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Why a publish URL cannot be used, in plain words; '' when it can. */
export function publishUrlProblem(url: string, source: DataSource, all: readonly DataSource[]): string {
  if (!isPublishableUrl(url)) return 'https:// で始まる URL か、/opendata/seido.csv のようなサイト内の場所を書いてください（空白は使えません）。';
  if (all.some((other) => other.id !== source.id && publishedUrl(other) === url.trim())) return 'ほかのデータと同じ URL です。ファイルごとに別の URL にしてください。';
  return '';
}
