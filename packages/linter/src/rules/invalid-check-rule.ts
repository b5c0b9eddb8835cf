import { CONNECT_FLAGS, CONNECT_VALUED } from '@hacfg/model';
import type { CheckRuleStatement, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { parsedArgs } from '../util/env.js';
import { isHexBytes } from '../util/words.js';
import type { RuleContext } from '../types.js';

// The grammars of parse_tcpcheck_send_http() and parse_tcpcheck_send() (tcpcheck.c), unchanged
// from 2.4 to 3.4: options with one value, and `hdr <name> <value>` (connect's: @hacfg/model).
const HTTP_SEND_VALUED = new Set(['meth', 'uri', 'uri-lf', 'ver', 'body', 'body-lf', 'comment']);
const TCP_SENDS = new Set(['send', 'send-lf', 'send-binary', 'send-binary-lf']);

export default defineRule({
  id: 'invalid-check-rule',
  meta: {
    description: "Disallow 'http-check'/'tcp-check' connect and send rules HAProxy cannot read: unknown options, options without their value, tcp-check data missing or not hexadecimal",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      unknown: "'{{keyword}} {{action}}' does not know '{{value}}' (it takes {{allowed}})",
      noValue: "'{{value}}' needs a value after it",
      hdr: "'hdr' needs a header name and a value",
      hostTwice: "the Host header is set twice in this 'http-check send'",
      noData: "'tcp-check {{action}}' needs the data to send",
      binary: "'tcp-check send-binary' data '{{value}}' must be an even number of hexadecimal digits",
    },
  },
  create: (ctx) => ({
    'check-rule'(st, where) {
      const action = st.action?.value;
      if (!action || st.modifier !== undefined) return;
      const args = parsedArgs(st.actionArgs, where.doc.text, ctx.env);
      if (action === 'connect') connect(ctx, st, args);
      else if (action === 'send' && st.keyword === 'http-check') httpSend(ctx, st, args);
      else if (TCP_SENDS.has(action) && st.keyword === 'tcp-check') tcpSend(ctx, st, action, args);
    },
  }),
});

type Report = (messageId: string, range: Word, data?: Record<string, string>) => void;
const reporter = (ctx: RuleContext, st: CheckRuleStatement): Report => (messageId, range, data = {}) => ctx.report({ messageId, range, data: { keyword: st.keyword, action: st.action!.value, ...data } });

function connect(ctx: RuleContext, st: CheckRuleStatement, args: readonly Word[]): void {
  const report = reporter(ctx, st);
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (CONNECT_FLAGS.has(w.value)) continue;
    if (!CONNECT_VALUED.has(w.value)) return report('unknown', w, { value: w.value, allowed: [...CONNECT_VALUED, ...CONNECT_FLAGS].join(', ') });
    if (!args[++i] || args[i]!.value === '') return report('noValue', w, { value: w.value });
  }
}

function httpSend(ctx: RuleContext, st: CheckRuleStatement, args: readonly Word[]): void {
  const report = reporter(ctx, st);
  let host = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === 'hdr') {
      const name = args[i + 1];
      if (!name || name.value === '' || !args[i + 2] || args[i + 2]!.value === '') return report('hdr', w);
      if (name.value.toLowerCase() === 'host') {
        if (host) return report('hostTwice', name);
        host = true;
      }
      i += 2;
      continue;
    }
    if (!HTTP_SEND_VALUED.has(w.value)) return report('unknown', w, { value: w.value, allowed: [...HTTP_SEND_VALUED, 'hdr'].join(', ') });
    if (!args[++i] || args[i]!.value === '') return report('noValue', w, { value: w.value });
  }
}

function tcpSend(ctx: RuleContext, st: CheckRuleStatement, action: string, args: readonly Word[]): void {
  const report = reporter(ctx, st);
  if (!args[0] || args[0].value === '') return report('noData', st.action!, { action });
  if (action === 'send-binary' && !isHexBytes(args[0].value)) report('binary', args[0], { value: args[0].value });
  for (let i = 1; i < args.length; i++) {
    const w = args[i]!;
    if (w.value !== 'comment') return report('unknown', w, { value: w.value, allowed: 'comment after the data' });
    if (!args[++i] || args[i]!.value === '') return report('noValue', w, { value: w.value });
  }
}
