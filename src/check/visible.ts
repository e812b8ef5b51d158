/**
 * Text from a data file, made safe to print: C0 and C1 control characters (ESC, BEL, CSI …)
 * and bidi controls become visible escapes (`\x1b`, `\u202e`), so a header or a cell cannot
 * clear a terminal, set its title, write its clipboard (OSC 52), hide a link (OSC 8) or reorder
 * what is read. `keep` lists the controls the caller's own layout uses (the line breaks of a report).
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters it exists to find
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visibleControls(text: string, keep = ''): string {
  return text.replace(CONTROLS, (char) => {
    if (keep.includes(char)) return char;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
