import { defineRule } from '../define-rule.js';
import { wordAfter } from '../util/words.js';

export default defineRule({
  id: 'permissive-stats-socket',
  meta: {
    description: 'Warn about stats sockets that anyone on the host can write to, or admin sockets on a network address',
    severity: 'warning',
    category: 'security',
    fixable: false,
    messages: {
      worldWritable: "stats socket mode {{mode}} lets every local user send commands{{admin}}: use mode 600 or 660 with a group",
      network: "stats socket with 'level admin' listens on network address '{{address}}': anyone who reaches it can disable servers and change settings",
    },
  },
  create: (ctx) => ({
    stats(st, where) {
      if (where.node?.keyword !== 'global' || st.args[0]?.value !== 'socket') return;
      const addr = st.args[1];
      if (!addr) return;
      const level = wordAfter(st.args, 'level', 2)?.value;
      const mode = wordAfter(st.args, 'mode', 2);
      const admin = level === 'admin';
      const isPath = addr.value.startsWith('/') || /^(unix|abns)@/.test(addr.value);
      if (isPath && mode && /^0*[0-7]*[2367]$/.test(mode.value)) {
        ctx.report({ messageId: 'worldWritable', data: { mode: mode.value, admin: admin ? ' with admin rights' : '' }, range: mode });
      } else if (!isPath && admin && /^(ipv4@|ipv6@|tcp@)?(\*|0\.0\.0\.0|::|\[::\])?:\d/.test(addr.value)) {
        ctx.report({ messageId: 'network', data: { address: addr.value }, range: addr });
      }
    },
  }),
});
