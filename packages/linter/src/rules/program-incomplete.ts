import { defineRule } from '../define-rule.js';

/**
 * mworker-prog.c (2.4-3.0) and haproxy.c (3.1-3.2) refuse a `program` section without a `command`
 * and any `program` section outside master-worker mode; 3.3 removed the section.
 */
export default defineRule({
  id: 'program-incomplete',
  meta: {
    description: "Disallow 'program' sections without a 'command', or without master-worker mode, which HAProxy refuses",
    severity: 'error',
    category: 'reference',
    fixable: false,
    versions: { until: '3.3' },
    messages: {
      noCommand: "program '{{name}}' has no 'command' line: HAProxy refuses a program section with nothing to launch",
      noMasterWorker: "program '{{name}}' needs master-worker mode, and the global section has no 'master-worker' line: HAProxy refuses it unless started with -W or -Ws ('haproxy -c' without -W included)",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (node.keyword !== 'program' || node.name === undefined) return;
      const range = node.section.name!;
      if (!node.statements.some((st) => st.keyword === 'command' && st.modifier === undefined && st.args.length > 0)) ctx.report({ messageId: 'noCommand', data: { name: node.name }, range });
      if (ctx.config.globalLines('master-worker').length === 0) ctx.report({ messageId: 'noMasterWorker', data: { name: node.name }, range });
    },
  }),
});
