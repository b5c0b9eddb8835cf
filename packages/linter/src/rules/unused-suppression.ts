import { defineRule } from '../define-rule.js';

/** Reported by the engine itself, after every other rule ran; this entry carries its settings and docs. */
export default defineRule({
  id: 'unused-suppression',
  meta: {
    description: 'Disallow hacfg-disable comments that silence nothing',
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: { unused: 'unused suppression' },
  },
  create: () => ({}),
});
