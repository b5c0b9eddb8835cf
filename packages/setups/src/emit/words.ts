/** Writing user text as one HAProxy word, so that `parse_line()` reads back exactly that text. */

const PLAIN = /^[A-Za-z0-9_.:/@%+=,~^-]+$/;
const SAFE_IN_QUOTES = /[A-Za-z0-9 _.:/@%+=,~^(){}[\]<>|!?*&;-]/;
const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/**
 * The word itself when it needs no quoting, else a double-quoted word where every other byte is a
 * `\r`, `\n`, `\t` or `\xHH` escape: that covers quotes, `\`, `$` (env expansion), `#` and control
 * or non-ASCII bytes.
 */
export function quoteWord(value: string): string {
  if (PLAIN.test(value)) return value;
  let out = '"';
  for (const ch of value) {
    if (SAFE_IN_QUOTES.test(ch)) out += ch;
    else if (NAMED[ch]) out += NAMED[ch];
    else for (const b of Buffer.from(ch, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}
