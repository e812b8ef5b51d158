import type { Flow } from './flow.js';

/**
 * The link a printed handout's QR code and the share button carry: the goal or the list, and
 * the town, in the URL fragment (`#shien-navi?goal=…&town=…`), which browsers never send to a
 * server. Written only when the person prints or shares; read when the page opens.
 */
export interface NaviLink {
  /** A goal of the flow, by id. */
  readonly goal?: string;
  /** The 支援員's list instead of a goal. */
  readonly list?: boolean;
  /** The municipality, as the data names it. */
  readonly town?: string;
}

const PREFIX = '#shien-navi?';
/** Longer than any goal id and town name together: anything longer is not ours. */
const MAX_LENGTH = 1000;

/** The fragment for `link`, e.g. `#shien-navi?goal=food&town=札幌市` (encoded). */
export function linkFragment(link: NaviLink): string {
  const params = new URLSearchParams();
  if (link.list) params.set('view', 'list');
  else if (link.goal) params.set('goal', link.goal);
  if (link.town) params.set('town', link.town);
  return `${PREFIX}${params.toString()}`;
}

/** `href` with its fragment replaced by `link`'s (the query and path kept as they are). */
export function linkUrl(href: string, link: NaviLink): string {
  const at = href.indexOf('#');
  return `${at < 0 ? href : href.slice(0, at)}${linkFragment(link)}`;
}

/** What a fragment asks for, unchecked; undefined when it is not one of ours. */
export function readFragment(hash: string): NaviLink | undefined {
  if (!hash.startsWith(PREFIX) || hash.length > MAX_LENGTH) return undefined;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  const goal = params.get('goal')?.trim() ?? '';
  const town = params.get('town')?.trim() ?? '';
  const list = params.get('view') === 'list';
  return { ...(list ? { list } : goal ? { goal } : {}), ...(town ? { town } : {}) };
}

/** The goal `link` names, if `flow` has a goal of that id (anything else is ignored). */
export function knownGoal(link: NaviLink, flow: Flow): string | undefined {
  const goal = link.goal;
  return goal !== undefined && Object.hasOwn(flow.nodes, goal) && flow.nodes[goal]?.kind === 'goal' ? goal : undefined;
}

/** The town `link` names, if the data names it (anything else is ignored). */
export function knownTown(link: NaviLink, towns: readonly string[]): string | undefined {
  return link.town !== undefined && towns.includes(link.town) ? link.town : undefined;
}
