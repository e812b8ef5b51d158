/** A `tel:` URL for a number to dial (`0112314567`, `#8008`): `#` must be escaped in a URL. */
export function telHref(dial: string): string {
  return `tel:${dial.replace('#', '%23')}`;
}
