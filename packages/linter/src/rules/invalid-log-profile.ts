import { LOG_PROFILE_STEPS, logProfileStep } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

// cfg_parse_log_profile() (log.c, 3.1+): `on STEP` then one or more of `drop`, `format FMT`, `sd FMT`.
export default defineRule({
  id: 'invalid-log-profile',
  meta: {
    description: "Disallow log-profile 'on' lines HAProxy cannot read: an unknown log step, or no 'drop', 'format' or 'sd' after it",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    versions: { since: '3.1' },
    messages: {
      noStep: "'on' needs a log step ({{steps}})",
      step: "unknown log step '{{value}}' (steps: {{steps}}){{hint}}",
      noAction: "'on {{step}}' needs 'drop', 'format FMT' or 'sd FMT'",
      action: "'on {{step}}' expects 'drop', 'format' or 'sd', not '{{value}}'",
      noFormat: "'{{value}}' needs a log-format string after it",
    },
  },
  create: (ctx) => ({
    'keyword:on'(st, where) {
      if (where.node?.keyword !== 'log-profile' || st.modifier !== undefined) return;
      const steps = LOG_PROFILE_STEPS.join(', ');
      const { step, actions, refused } = logProfileStep(st.args);
      if (!step || step.value === '') return ctx.report({ messageId: 'noStep', data: { steps }, range: step ?? st.keywordWord });
      if (!LOG_PROFILE_STEPS.includes(step.value)) return ctx.report({ messageId: 'step', data: { value: step.value, hint: hint(step.value, LOG_PROFILE_STEPS), steps }, range: step });
      if (refused) {
        const noFormat = refused.value === 'format' || refused.value === 'sd';
        return ctx.report({ messageId: noFormat ? 'noFormat' : 'action', data: { step: step.value, value: refused.value }, range: refused });
      }
      if (actions.length === 0) ctx.report({ messageId: 'noAction', data: { step: step.value }, range: step });
    },
  }),
});
