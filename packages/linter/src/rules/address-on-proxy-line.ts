import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'address-on-proxy-line',
  meta: {
    description: "Disallow listening addresses on a 'frontend' or 'listen' header line (1.x syntax); use 'bind'",
    severity: 'error',
    category: 'version',
    fixable: true,
    messages: { address: "'{{section}} {{name}} {{address}}': addresses on the section line are not supported anymore; use the 'bind' keyword" },
  },
  create: (ctx) => ({
    section(node) {
      const s = node.section;
      if ((s.keyword !== 'frontend' && s.keyword !== 'listen') || !s.name) return;
      const words = s.header.words;
      const addr = words[2];
      if (!addr || addr.value === 'from') return;
      const last = words[words.length - 1]!;
      // The new line ends like the header does, so a CRLF file stays CRLF.
      const eol = s.header.eol ? node.doc.text.slice(s.header.eol.start, s.header.eol.end) : '\n';
      const indent = node.statements[0] ? node.doc.text.slice(node.statements[0].line.start, node.statements[0].words[0]!.start) : '    ';
      const fix = addr.plain && words.length === 3 && /^[\w.*:[\]-]*:\d[\d-]*$/.test(addr.value)
        ? [{ range: { start: s.name.end, end: last.end }, newText: '' }, { range: { start: s.header.contentEnd, end: s.header.contentEnd }, newText: `${eol}${indent}bind ${addr.value}` }]
        : undefined;
      ctx.report({ messageId: 'address', data: { section: s.keyword, name: s.name.value, address: addr.value }, range: { start: addr.start, end: last.end }, ...(fix ? { fix } : {}) });
    },
  }),
});
