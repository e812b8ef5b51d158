/** Today in the person's own time zone, as `YYYY-MM-DD` (the form `parseDate` gives). */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
