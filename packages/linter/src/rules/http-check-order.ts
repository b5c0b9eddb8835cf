import { CHECK_OPTIONS, effectiveProxy, type Proxy } from '@hacfg/model';
import type { CheckRuleStatement, Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';
import { lineOf } from '../util/ranges.js';

/**
 * A step of a proxy's http-check ruleset as tcpcheck.c sees it while parsing (2.4 … 3.4):
 * `option httpchk` puts an implicit send in front; comments and actions (set-var …) are skipped
 * when the previous step is looked up.
 */
interface Step {
  readonly kind: 'connect' | 'send' | 'expect' | 'meta';
  readonly implicit: boolean;
  readonly st: Statement;
}

const kindOf = (action: string): Step['kind'] => (action === 'connect' || action === 'send' || action === 'expect' ? action : 'meta');
const counts = (s: Step): boolean => s.kind !== 'meta';

export default defineRule({
  id: 'http-check-order',
  meta: {
    description: "Disallow 'http-check' steps in an order HAProxy refuses: a 'connect' after another step of the ruleset, and, with 'option httpchk' in effect, a 'send' not right after a 'connect', an 'expect' not after a 'send' or an 'expect', a 'connect' not after an 'expect'",
    severity: 'error',
    category: 'order',
    fixable: false,
    messages: {
      firstStep: "'http-check connect' comes after 'http-check {{prev}}' (line {{line}}): when a ruleset has a 'connect', HAProxy requires it to be the first step (only comments and set-var/unset-var may come before it)",
      missingConnect: "'http-check send' cannot follow 'http-check {{prev}}' (line {{line}}): HAProxy refuses a second request without an 'http-check connect' right before it",
      missingSend: "'http-check expect' cannot follow 'http-check connect' (line {{line}}): HAProxy refuses an expect without an 'http-check send' before it",
      missingExpect: "'http-check connect' cannot follow 'http-check {{prev}}' (line {{line}}): HAProxy opens a new connection only after an 'http-check expect'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.proxies) check(ctx, p);
    },
  }),
});

/** Reports HAProxy's first refusal only: after it the proxy's ruleset is gone (2.x) or unusable (3.x). */
function check(ctx: RuleContext, p: Proxy): void {
  // The flags of `option httpchk` are inherited; the rules are not (each proxy parses into its own ruleset).
  let active = p.defaults !== undefined && effectiveProxy(p.defaults).checkOption?.statement.name?.value === 'httpchk';
  const steps: Step[] = [];
  const report = (st: CheckRuleStatement, messageId: string, prev: Step): void => {
    // An implicit step is the send of `option httpchk`.
    const name = prev.st.type === 'check-rule' ? (prev.st.action?.value ?? '') : 'send';
    ctx.report({ messageId, data: { prev: name, line: String(lineOf(p.doc, prev.st.range.start)) }, range: st.action!, doc: p.doc });
  };
  for (const st of p.statements) {
    if (st.modifier !== undefined) continue;
    if (st.type === 'option' && st.name) {
      const name = st.name.value;
      if (name !== 'httpchk') {
        if (CHECK_OPTIONS.has(name)) active = false;
        continue;
      }
      active = true;
      // The implicit send goes first (after a leading connect), replacing an earlier implicit one; an explicit send absorbs it.
      const nonMeta = steps.filter(counts);
      const r = nonMeta[0]?.kind === 'connect' ? nonMeta[1] : nonMeta[0];
      if (r?.kind === 'send' && !r.implicit) continue;
      if (r?.implicit) steps.splice(steps.indexOf(r), 1);
      steps.unshift({ kind: 'send', implicit: true, st });
      continue;
    }
    if (st.type !== 'check-rule' || st.keyword !== 'http-check' || !st.action) continue;
    const action = st.action.value;
    if (action === 'disable-on-404' || action === 'send-state') continue;
    const kind = kindOf(action);
    if (kind === 'connect') {
      // parse_tcpcheck_connect(): nothing but comments, actions and the implicit send before the first connect.
      const before = steps.find((s) => s.kind === 'connect' || (counts(s) && !s.implicit));
      if (before && before.kind !== 'connect') return report(st, 'firstStep', before);
    }
    if (active) {
      let last: Step | undefined;
      for (let i = steps.length - 1; i >= 0 && !last; i--) if (counts(steps[i]!)) last = steps[i];
      if (last && !last.implicit) {
        if (kind === 'send' && last.kind !== 'connect') return report(st, 'missingConnect', last);
        if (kind === 'expect' && last.kind === 'connect') return report(st, 'missingSend', last);
        if (kind === 'connect' && last.kind !== 'expect') return report(st, 'missingExpect', last);
      }
      if (kind === 'send') {
        const first = steps.find(counts);
        if (first?.implicit) steps.splice(steps.indexOf(first), 1);
      }
    }
    steps.push({ kind, implicit: false, st });
  }
}
