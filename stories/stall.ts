/**
 * For the "loading" story: requests whose URL contains `marker` never answer, so the widget
 * stays in its loading state. Every other request goes through untouched.
 */
export function stallRequestsTo(marker: string): void {
  const current = window.fetch;
  if ((current as { stalls?: string[] }).stalls?.includes(marker)) return;
  const stalls = [...((current as { stalls?: string[] }).stalls ?? []), marker];
  const patched = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) =>
      stalls.some((stall) => String(input instanceof Request ? input.url : input).includes(stall)) ? new Promise<Response>(() => undefined) : current(input, init),
    { stalls },
  );
  window.fetch = patched;
}
