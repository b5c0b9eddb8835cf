// Helpers shared by the scripts that read facts out of HAProxy's C source.

/** Splits at commas outside parentheses and braces (the fields of a C initializer). */
export function topLevel(s) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/**
 * The `{ "name", … }` entries of every `struct <type> <var> = {ILH, { … }}` keyword table of a C
 * file (sample_fetch_kw_list, sample_conv_kw_list, acl_kw_list, action_kw_list), each with its
 * fields split and the name of the table variable it belongs to.
 */
export function* tableEntries(text, type) {
  for (const start of text.matchAll(new RegExp(`struct ${type}\\s+(\\w+)\\s*=\\s*\\{`, 'g'))) {
    // Lists end with `}};` (or `};` on a line of its own): the first of the two after the start.
    const ends = ['\n}};', '\n};'].map((e) => text.indexOf(e, start.index)).filter((i) => i >= 0);
    const body = text.slice(start.index, Math.min(...ends));
    for (const entry of body.matchAll(/\{\s*("[^"]+"[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
      const fields = topLevel(entry[1]);
      const name = /^"([^"]+)"$/.exec(fields[0] ?? '')?.[1];
      if (name) yield { name, fields, table: start[1] };
    }
  }
}
