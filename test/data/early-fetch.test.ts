import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyFetch, dropEarlyFetches, startEarlyFetch } from '../../src/data/early-fetch.js';
import { Download } from '../../src/data/fetch.js';

const URL_A = 'https://example.org/a.csv';

/** A fetch that records what it was asked and answers `body`. */
function recordingFetch(body = 'a,b\n1,2\n') {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFile = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return Promise.resolve(new Response(body));
  });
  return { calls, fetchFile: fetchFile as unknown as typeof fetch };
}

afterEach(() => {
  dropEarlyFetches();
  vi.unstubAllGlobals();
});

describe('early downloads', () => {
  it('are asked for once per URL, as every download of the widget is: no cookies, no referrer', () => {
    const { calls, fetchFile } = recordingFetch();
    startEarlyFetch(URL_A, fetchFile);
    startEarlyFetch(URL_A, fetchFile);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('are taken over by the Download of the same URL, once: the bytes come from the one request', async () => {
    const early = recordingFetch('early');
    startEarlyFetch(URL_A, early.fetchFile);
    const network = recordingFetch('again');
    vi.stubGlobal('fetch', network.fetchFile);
    expect(new TextDecoder().decode(await new Download(URL_A).bytes())).toBe('early');
    expect(network.calls).toHaveLength(0);
    // Adopted once: a second download (a retry) asks the network.
    expect(new TextDecoder().decode(await new Download(URL_A).bytes())).toBe('again');
    expect(network.calls).toHaveLength(1);
  });

  it('are not taken for another URL', () => {
    startEarlyFetch(URL_A, recordingFetch().fetchFile);
    expect(adoptEarlyFetch('https://example.org/b.csv')).toBeUndefined();
  });

  it('are aborted with the request that adopted them (its timeout, the widget leaving)', async () => {
    let earlySignal: AbortSignal | undefined;
    const stalled = ((_input: RequestInfo | URL, init?: RequestInit) => {
      earlySignal = init?.signal ?? undefined;
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    startEarlyFetch(URL_A, stalled);
    const failure = new Download(URL_A, { timeoutMs: 10 }).bytes();
    await expect(failure).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/秒以内に終わりませんでした/) });
    expect(earlySignal?.aborted).toBe(true);
  });

  it('fail as a download of the widget fails when the network does', async () => {
    startEarlyFetch(URL_A, (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
    await expect(new Download(URL_A).bytes()).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/取得できませんでした/) });
  });

  it('that nothing adopted are stopped when the widget cannot load', () => {
    let earlySignal: AbortSignal | undefined;
    startEarlyFetch(URL_A, ((_input: RequestInfo | URL, init?: RequestInit) => {
      earlySignal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    }) as typeof fetch);
    dropEarlyFetches();
    expect(earlySignal?.aborted).toBe(true);
    expect(adoptEarlyFetch(URL_A)).toBeUndefined();
  });
});
