/** The human summary of `hacfg parse`: sections and statements with their line numbers. */
import type { Document, Statement } from '@hacfg/syntax';

function describe(st: Statement): string {
  switch (st.type) {
    case 'server':
      return `${st.keyword} ${st.name?.value ?? ''} ${st.address?.text ?? ''} (${st.params.length} params)`.replace(/\s+/g, ' ');
    case 'bind':
      return `bind ${st.addresses.map((a) => a.text).join(',')} (${st.params.length} params)`;
    case 'acl':
      return `acl ${st.name?.value ?? '?'} ${st.criterion ? st.criterion.fetch.name : '?'} (${st.patterns.length} patterns)`;
    case 'backend-rule':
      return `${st.keyword} ${st.target?.value ?? '?'}${st.dynamic ? ' (dynamic)' : ''}${st.condition ? ` ${st.condition.polarity} …` : ''}`;
    case 'rule':
      return `${st.ruleset} ${st.action?.value ?? '?'}${st.condition ? ` ${st.condition.polarity} …` : ''}`;
    case 'check-rule':
      return `${st.keyword} ${st.action?.value ?? '?'}`;
    default:
      return [st.modifier, st.keyword, ...st.args.map((a) => a.value)].filter(Boolean).join(' ');
  }
}

export function formatTree(doc: Document): string {
  const out: string[] = [];
  const line = (n: number): string => `${String(n + 1).padStart(5)}  `;
  const pad = (st: Statement): string => '  '.repeat(st.condDepth);
  for (const st of doc.preamble) out.push(`${line(st.line.index)}${pad(st)}${st.type}: ${describe(st)}`);
  for (const s of doc.sections) {
    const from = s.from ? ` from ${s.from.value}` : '';
    out.push(`${line(s.header.index)}${s.known ? '' : 'unknown '}section ${s.keyword}${s.name ? ` ${s.name.value}` : ''}${from}`);
    for (const st of s.statements) out.push(`${line(st.line.index)}  ${pad(st)}${st.type}: ${describe(st)}`);
  }
  return out.join('\n') + '\n';
}
