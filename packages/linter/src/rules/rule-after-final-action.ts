import type { RuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Actions that end the evaluation of their ruleset (HAProxy's ACT_FLAG_FINAL), per ruleset. */
const FINAL: Readonly<Record<string, ReadonlySet<string>>> = {
  'http-request': new Set(['allow', 'auth', 'deny', 'redirect', 'return', 'tarpit']),
  'http-response': new Set(['allow', 'deny', 'redirect', 'return']),
  'http-after-response': new Set(['allow']),
};

function isFinal(st: RuleStatement): boolean {
  const action = st.action?.value;
  if (action === undefined || st.condition || !FINAL[st.ruleset]?.has(action)) return false;
  // `redirect … ignore-empty` lets the rules go on when the location is empty.
  return !(action === 'redirect' && st.actionArgs.some((w) => w.value === 'ignore-empty'));
}

export default defineRule({
  id: 'rule-after-final-action',
  meta: {
    description: "Warn about 'http-request' / 'http-response' / 'http-after-response' rules placed after an unconditional final action, which are never evaluated",
    severity: 'warning',
    category: 'order',
    fixable: false,
    haproxyWarning: true,
    messages: {
      dead: "this '{{ruleset}}' rule and the ones after it are never evaluated: the previous '{{action}}' rule has no condition and ends the ruleset",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (!('kind' in node)) return;
      // The last rule of each ruleset so far, as HAProxy looks at it when it reads the next one.
      const last = new Map<string, RuleStatement>();
      for (const st of node.statements) {
        if (st.type !== 'rule' || !(st.ruleset in FINAL) || !ctx.config.isActive(st)) continue;
        const prev = last.get(st.ruleset);
        if (prev && isFinal(prev)) ctx.report({ messageId: 'dead', data: { ruleset: st.ruleset, action: prev.action!.value }, range: st.range, related: [{ message: 'final rule', range: prev.range }] });
        last.set(st.ruleset, st);
      }
    },
  }),
});
