/**
 * `.if`/`.elif` expressions. HAProxy joins the words with spaces and reads predicates
 * (`defined(X)`, `version_atleast(2.6)`…), `!`, `&&`, `||` and parentheses; `&&` binds tighter.
 */
import { wordOffset } from '../cst/offsets.js';
import type { Word } from '../cst/types.js';
import type { CondExpr } from './types.js';

export interface CondExprResult {
  readonly expr: CondExpr | undefined;
  readonly error: { readonly message: string; readonly offset: number } | undefined;
}

export function parseCondExpr(words: readonly Word[], source: string): CondExprResult {
  // Join values with single spaces and remember each joined index's source offset.
  let s = '';
  const at: number[] = [];
  for (const w of words) {
    if (s) {
      at.push(w.start);
      s += ' ';
    }
    const v = w.value;
    for (let i = 0; i < v.length; i++) at.push(wordOffset(w, source, i));
    s += v;
  }
  const endOffset = words.length ? words[words.length - 1]!.end : 0;
  at.push(endOffset);
  const off = (i: number): number => at[Math.min(i, at.length - 1)]!;
  let pos = 0;
  let error: CondExprResult['error'];
  const fail = (message: string): undefined => {
    error ??= { message, offset: off(pos) };
    return undefined;
  };
  const skip = (): void => {
    while (s[pos] === ' ' || s[pos] === '\t') pos++;
  };

  const primary = (): CondExpr | undefined => {
    skip();
    const start = pos;
    if (s[pos] === '!') {
      pos++;
      const e = primary();
      return e && { type: 'not', expr: e, range: { start: off(start), end: e.range.end } };
    }
    if (s[pos] === '(') {
      pos++;
      const e = orExpr();
      skip();
      if (s[pos] !== ')') return fail("expected ')'");
      pos++;
      return e;
    }
    const m = /^[A-Za-z0-9_.+-]+/.exec(s.slice(pos));
    if (!m) return fail(pos >= s.length ? 'missing term' : `unexpected '${s[pos]}'`);
    pos += m[0].length;
    if (s[pos] !== '(') return { type: 'literal', value: m[0], range: { start: off(start), end: off(pos) } };
    const args: string[] = [];
    let cur = '';
    let quote = '';
    pos++;
    for (; pos < s.length; pos++) {
      const c = s[pos]!;
      if (quote) {
        if (c === quote) quote = '';
        else cur += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ',') {
        args.push(cur);
        cur = '';
      } else if (c === ')') break;
      else cur += c;
    }
    if (s[pos] !== ')') return fail(`missing ')' after '${m[0]}('`);
    pos++;
    if (cur !== '' || args.length > 0) args.push(cur);
    return { type: 'call', name: m[0], args, range: { start: off(start), end: off(pos) } };
  };
  const binary = (op: '&&' | '||', next: () => CondExpr | undefined): CondExpr | undefined => {
    let left = next();
    for (;;) {
      skip();
      if (!left || s.slice(pos, pos + 2) !== op) return left;
      pos += 2;
      const right = next();
      if (!right) return undefined;
      left = { type: op === '&&' ? 'and' : 'or', left, right, range: { start: left.range.start, end: right.range.end } };
    }
  };
  const andExpr = (): CondExpr | undefined => binary('&&', primary);
  const orExpr = (): CondExpr | undefined => binary('||', andExpr);

  const expr = orExpr();
  skip();
  if (expr && pos < s.length) fail(`unexpected '${s[pos]}' after expression`);
  return { expr: error ? undefined : expr, error };
}
