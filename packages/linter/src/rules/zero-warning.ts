import { defineRule } from '../define-rule.js';

/**
 * Reported by the engine itself, after every other rule ran: each finding of a rule that mirrors a
 * HAProxy warning (meta.haproxyWarning) becomes fatal when the global section sets `zero-warning`.
 * This entry carries its settings and docs.
 */
export default defineRule({
  id: 'zero-warning',
  meta: {
    description: "Report HAProxy warnings as the errors they are when the global section sets 'zero-warning'",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: { fatal: "HAProxy refuses to start: 'zero-warning' turns this warning into a fatal error ({{ruleId}}: {{message}})" },
  },
  create: () => ({}),
});
