import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** A QR code for `text` as an SVG path over `size` × `size` modules, made here (nothing is fetched). Throws when `text` is too long for one. */
export function qrCode(text: string): { readonly path: string; readonly size: number } {
  const code = generate(text);
  return { path: toSvgPath(code), size: code.size };
}
