import { atol } from '@hacfg/catalog';
import { EXPECT_VALUED_OPTIONS as VALUED, HTTP_EXPECT_MATCHERS as HTTP_MATCHERS, TCP_EXPECT_MATCHERS as TCP_MATCHERS } from '@hacfg/model';
import type { CheckRuleStatement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';
import { isHexBytes } from '../util/words.js';
import { parsedArgs } from '../util/env.js';

// The grammar of parse_tcpcheck_expect() (tcpcheck.c), unchanged from 2.4 to 3.4; the model's
// expectWords reads the format and sample words of a rule this check accepts.
const STATUSES: Readonly<Record<string, readonly string[]>> = {
  'ok-status': ['L7OK', 'L7OKC', 'L6OK', 'L4OK'],
  'error-status': ['L7RSP', 'L7STS', 'L7OKC', 'L6RSP', 'L4CON'],
  'tout-status': ['L7TOUT', 'L6TOUT', 'L4TOUT'],
};
const METHODS = new Set(['str', 'beg', 'end', 'sub', 'reg']);

export default defineRule({
  id: 'invalid-check-expect',
  meta: {
    description: "Disallow 'http-check expect' / 'tcp-check expect' rules HAProxy cannot read: no or two matchers, unknown words, missing or malformed values",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      empty: "'{{keyword}} expect' needs a matcher and its pattern ({{matchers}})",
      noMatcher: "'{{keyword}} expect' has no matcher: add one of {{matchers}} with its pattern",
      unknown: "'{{keyword}} expect' does not know '{{value}}': it takes min-recv, comment, on-success, on-error, ok-status, error-status, tout-status, status-code and one matcher ({{matchers}})",
      twoMatchers: "'{{keyword}} expect' takes one matcher: '{{value}}' comes after another one",
      noPattern: "'{{value}}' needs a pattern after it",
      noValue: "'{{value}}' needs a value after it",
      negated: "'!' cannot negate '{{value}}': only a matcher can be negated",
      minRecv: "'min-recv' takes -1 or an integer from 0 to 2147483647, not '{{value}}'",
      status: "'{{option}}' takes {{allowed}}, not '{{value}}'",
      hdrName: "'{{value}}' needs 'name' (or 'name-lf') and a header name pattern",
      method: "'-m' takes str, beg, end, sub or reg, not '{{value}}'",
      lfRegex: "a log-format pattern ('name-lf', 'value-lf') cannot be matched with '-m reg'",
      statusCodes: "status list '{{value}}' is not a comma-separated list of codes or low-high ranges",
      binary: "binary pattern '{{value}}' must be an even number of hexadecimal digits",
    },
  },
  create: (ctx) => ({
    'check-rule'(st, where) {
      if (st.action?.value !== 'expect' || st.modifier !== undefined) return;
      check(ctx, st, parsedArgs(st.actionArgs, where.doc.text, ctx.env));
    },
  }),
});

function check(ctx: RuleContext, st: CheckRuleStatement, args: readonly Word[]): void {
  const keyword = st.keyword;
  const http = keyword === 'http-check';
  const list = (http ? HTTP_MATCHERS : TCP_MATCHERS).join(', ');
  const report = (messageId: string, range: Word, data: Record<string, string> = {}): void => ctx.report({ messageId, range, data: { keyword, matchers: list, ...data } });
  if (args.length === 0) return report('empty', st.action!);
  let matcher: Word | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    let name = w.value;
    let negated = false;
    if (name.startsWith('!')) {
      negated = true;
      name = name.replace(/^!+/, '');
      if (name === '') {
        i++;
        if (i >= args.length) break;
        name = args[i]!.value;
      }
    }
    const at = args[i]!;
    const next = args[i + 1];
    if (name === 'min-recv' || VALUED.has(name)) {
      if (negated) return report('negated', at, { value: name });
      if (!next || next.value === '') return report('noValue', at, { value: name });
      i++;
      if (name === 'min-recv') {
        const n = atol(next.value);
        if (n < -1 || n > 0x7fffffff) return report('minRecv', next, { value: next.value });
      }
      const allowed = STATUSES[name];
      if (allowed && !allowed.includes(next.value.toUpperCase())) return report('status', next, { option: name, value: next.value, allowed: allowed.join(', ') });
      continue;
    }
    if (name === 'custom') {
      if (negated) return report('negated', at, { value: name });
      if (matcher) return report('twoMatchers', at, { value: name });
      matcher = at;
      continue;
    }
    if (!(http ? HTTP_MATCHERS : TCP_MATCHERS).includes(name)) return report('unknown', at, { value: name });
    if (matcher) return report('twoMatchers', at, { value: name });
    matcher = at;
    if (name === 'hdr' || name === 'fhdr') {
      const used = hdr(args, i, report);
      if (used < 0) return;
      i = used;
      continue;
    }
    if (!next || next.value === '') return report('noPattern', at, { value: name });
    i++;
    if (name === 'status' && !statusList(next.value)) return report('statusCodes', next, { value: next.value });
    if (name === 'binary' && !isHexBytes(next.value)) return report('binary', next, { value: next.value });
  }
  if (!matcher) report('noMatcher', st.action!);
}

/** `hdr name [-m meth] <pat> [value [-m meth] <pat>]`: the index of its last word, or -1 after a report. */
function hdr(args: readonly Word[], i: number, report: (id: string, w: Word, data?: Record<string, string>) => void): number {
  const at = args[i]!;
  const kind = args[i + 1]?.value;
  if ((kind !== 'name' && kind !== 'name-lf') || !args[i + 2] || args[i + 2]!.value === '') {
    report('hdrName', at, { value: at.value });
    return -1;
  }
  let j = i + 2;
  const method = (lf: boolean): boolean => {
    if (args[j]?.value !== '-m') return true;
    const m = args[j + 1];
    if (!m || m.value === '') {
      report('noValue', args[j]!, { value: '-m' });
      return false;
    }
    if (!METHODS.has(m.value)) {
      report('method', m, { value: m.value });
      return false;
    }
    if (m.value === 'reg' && lf) {
      report('lfRegex', m);
      return false;
    }
    j += 2;
    return true;
  };
  if (!method(kind === 'name-lf')) return -1;
  // j is now the name pattern (HAProxy takes whatever word is there).
  const v = args[j + 1]?.value;
  if (v !== 'value' && v !== 'value-lf') return j;
  const valueWord = args[j + 1]!;
  j += 2;
  if (!method(v === 'value-lf')) return -1;
  if (!args[j] || args[j]!.value === '') {
    report('noPattern', valueWord, { value: v });
    return -1;
  }
  return j;
}

/** read_uint() loops of tcpcheck.c: `200`, `200-399`, `200,301-302`; an empty number reads as 0. */
function statusList(text: string): boolean {
  for (const part of text.split(',')) {
    const m = /^(\d*)(?:-(\d*))?$/.exec(part);
    if (!m) return false;
    if (m[2] !== undefined && Number(m[1] || 0) > Number(m[2] || 0)) return false;
  }
  return true;
}
