/**
 * The words of an `http-check expect` / `tcp-check expect` rule as parse_tcpcheck_expect()
 * (tcpcheck.c, unchanged from 2.4 to 3.4) reads them. The linter's invalid-check-expect checks
 * the grammar word by word; this reader assumes a readable rule and says which words HAProxy
 * compiles as log-format strings and which as a sample expression.
 */
import type { Word } from '@hacfg/syntax';

export const HTTP_EXPECT_MATCHERS: readonly string[] = ['string', 'rstring', 'string-lf', 'status', 'rstatus', 'hdr', 'fhdr'];
export const TCP_EXPECT_MATCHERS: readonly string[] = ['string', 'rstring', 'string-lf', 'binary', 'rbinary', 'binary-lf'];
/** Options taking one word, which cannot be negated (`min-recv` takes one too). */
export const EXPECT_VALUED_OPTIONS: ReadonlySet<string> = new Set(['comment', 'on-success', 'on-error', 'ok-status', 'error-status', 'status-code', 'tout-status']);

export interface ExpectWords {
  /** Log-format strings: an `-lf` matcher's pattern, `hdr name-lf`/`value-lf` patterns, `on-success`, `on-error`. */
  readonly formats: readonly Word[];
  /** The `status-code` sample expression. */
  readonly statusCode: Word | undefined;
  /** Regexes: an `rstring`/`rstatus`/`rbinary` pattern, `hdr name|value -m reg` patterns. */
  readonly regexes: readonly Word[];
}

const NO_WORDS: ExpectWords = { formats: [], statusCode: undefined, regexes: [] };
const REGEX_MATCHERS = new Set(['rstring', 'rstatus', 'rbinary']);

/** The format and sample words of an expect rule's arguments (those after `expect`); reading stops at a word HAProxy would refuse. */
export function expectWords(args: readonly Word[]): ExpectWords {
  const formats: Word[] = [];
  const regexes: Word[] = [];
  let statusCode: Word | undefined;
  for (let i = 0; i < args.length; i++) {
    let name = args[i]!.value.replace(/^!+/, '');
    if (name === '' && args[i]!.value !== '') name = args[++i]?.value ?? '';
    const next = args[i + 1];
    if (!next) break;
    if (name === 'custom') continue;
    if (name === 'hdr' || name === 'fhdr') {
      i = hdrWords(args, i, formats, regexes);
      continue;
    }
    if (name === 'on-success' || name === 'on-error' || name === 'string-lf' || name === 'binary-lf') formats.push(next);
    else if (name === 'status-code') statusCode = next;
    else if (REGEX_MATCHERS.has(name)) regexes.push(next);
    else if (name !== 'min-recv' && !EXPECT_VALUED_OPTIONS.has(name) && !HTTP_EXPECT_MATCHERS.includes(name) && !TCP_EXPECT_MATCHERS.includes(name)) break;
    i++;
  }
  return formats.length === 0 && statusCode === undefined && regexes.length === 0 ? NO_WORDS : { formats, statusCode, regexes };
}

/**
 * `hdr name[-lf] [-m METH] PAT [value[-lf] [-m METH] PAT]` from `i`: pushes its format and regex
 * patterns, returns the index of its last word.
 */
function hdrWords(args: readonly Word[], i: number, formats: Word[], regexes: Word[]): number {
  const kind = args[i + 1]?.value;
  if (kind !== 'name' && kind !== 'name-lf') return args.length;
  let j = pattern(args, i + 2, kind === 'name-lf', formats, regexes);
  if (j < 0) return args.length;
  const v = args[j + 1]?.value;
  if (v !== 'value' && v !== 'value-lf') return j;
  j = pattern(args, j + 2, v === 'value-lf', formats, regexes);
  return j < 0 ? args.length : j;
}

/** `[-m METH] PAT` from `j`: pushes PAT as a format or (`-m reg`) a regex; the index of PAT, -1 when missing. */
function pattern(args: readonly Word[], j: number, lf: boolean, formats: Word[], regexes: Word[]): number {
  const method = args[j]?.value === '-m' ? args[j + 1]?.value : undefined;
  if (args[j]?.value === '-m') j += 2;
  const p = args[j];
  if (!p) return -1;
  if (lf) formats.push(p);
  else if (method === 'reg') regexes.push(p);
  return j;
}
