export interface Server {
  origin: string;
  close(): Promise<void>;
}
export function startCdn(options?: { cors?: boolean }): Promise<Server>;
export function startSite(): Promise<Server>;
export function pageUrl(site: Server, parts: { head?: string; body?: string; style?: string }): string;
