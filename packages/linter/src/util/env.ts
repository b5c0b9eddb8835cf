/**
 * Words as HAProxy sees them after environment expansion: its line reader expands `"${VAR}"` inside
 * double quotes only; address parsers (str2sa_range) also expand unquoted `$VAR`/`${VAR}`.
 */
import { parseAddress, Word, type Address } from '@hacfg/syntax';

type Env = Readonly<Record<string, string>>;

const lookup = (env: Env, name: string, def: string | undefined): string => (Object.prototype.hasOwnProperty.call(env, name) ? env[name]! : (def ?? ''));

/** The word's value with double-quoted env references expanded. */
export function expandedValue(w: Word, source: string, env: Env): string {
  if (w.plain) return w.value;
  let out = '';
  for (const p of w.pieces) {
    if (p.kind === 'text' || p.kind === 'bad-escape' || p.kind === 'bad-env' || p.kind === 'env') out += source.slice(p.start, p.end);
    else if (p.kind === 'escape') out += p.value;
    else if (p.kind === 'squote') out += source.slice(p.start + 1, p.closed ? p.end - 1 : p.end);
    else if (p.kind === 'dquote')
      for (const q of p.parts) {
        if (q.kind === 'env') out += lookup(env, q.name, q.defaultValue);
        else if (q.kind === 'escape') out += q.value;
        else out += source.slice(q.start, q.end);
      }
  }
  return out;
}

/** Expands every `$VAR`/`${VAR}`/`${VAR-def}` in an address text, as str2sa_range does. */
export function expandAddressText(text: string, env: Env): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, def: string | undefined, b: string | undefined) => lookup(env, (a ?? b)!, def));
}

/** An address as str2sa_range() reads it: with `$VAR`s expanded (its ranges then index the expanded text). */
export function addressAsRead(a: Address, env: Env): Address {
  if (!a.hasEnv) return a;
  const text = expandAddressText(a.text, env);
  return { ...parseAddress(new Word(0, text.length, text), text), hasEnv: true };
}

/** Whether a word depends on the environment (so its value may differ at run time). */
export function usesEnv(w: Word): boolean {
  return !w.plain && w.pieces.some((p) => p.kind === 'env' || (p.kind === 'dquote' && p.parts.some((q) => q.kind === 'env')));
}

/**
 * The words as HAProxy's keyword parsers walk them: quoted env references expanded, each word at its
 * original range, up to the first empty one (an unset `"${VAR}"` or `""`): those parsers loop
 * `while (*args[cur_arg])`, so an empty word ends the line, and a value it stands for is missing.
 */
export function parsedArgs(words: readonly Word[], source: string, env: Env): readonly Word[] {
  if (words.every((w) => w.plain)) return words;
  const out: Word[] = [];
  for (const w of words) {
    const v = w.plain ? w : new Word(w.start, w.end, expandedValue(w, source, env));
    if (v.value === '') break;
    out.push(v);
  }
  return out;
}

/**
 * The first word HAProxy reads as empty (`""`, `''`, an unset `"${VAR}"`): the argument list ends
 * there. A `"${VAR[*]}"` expansion is left out: an empty one adds no word at all.
 */
export function firstEmptyWord(words: readonly Word[], source: string, env: Env): Word | undefined {
  for (const w of words) {
    if (w.plain) continue;
    if (w.pieces.some((p) => p.kind === 'dquote' && p.parts.some((q) => q.kind === 'env' && q.wordExpand))) continue;
    if (expandedValue(w, source, env) === '') return w;
  }
  return undefined;
}
