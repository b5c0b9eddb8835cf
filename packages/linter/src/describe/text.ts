/** `hacfg describe --format text`: one block per frontend, its backends and servers nested below. */
import type { BackendInfo, Description, Finding, FrontendInfo, ServerInfo } from './model.js';

const TLS_TEXT = { termination: 'TLS terminated here', passthrough: 'TLS passed through (not decrypted)', none: 'no TLS' } as const;

function findings(list: readonly Finding[], indent: string): string[] {
  return list.map((f) => `${indent}! ${f.severity} ${f.line}:${f.column} ${f.message}  (${f.ruleId})`);
}

function server(s: ServerInfo, indent: string): string[] {
  const parts = [`${s.backup ? 'backup ' : ''}server ${s.name} ${s.address}`];
  if (s.check) parts.push(`check${s.checkTls ? ' over TLS' : ''}${s.checkPort !== undefined ? ` on port ${s.checkPort}` : ''} ${s.checkSummary}`);
  else if (s.track) parts.push(`tracks ${s.track}`);
  else parts.push('not checked');
  if (s.agent) parts.push(`agent ${s.agent}`);
  if (s.weight !== 1) parts.push(`weight ${s.weight}`);
  if (s.disabled) parts.push('disabled');
  if (s.cookie !== undefined) parts.push(`cookie ${s.cookie}`);
  if (s.tls) parts.push('TLS to server');
  if (s.sendProxy) parts.push(`PROXY v${s.sendProxy}`);
  return [`${indent}${parts.join(' · ')}`, ...findings(s.findings, `${indent}  `)];
}

function backend(b: BackendInfo, indent: string): string[] {
  const head = [`${b.kind} ${b.name} (line ${b.line})`, `mode ${b.mode}`];
  if (b.balance) head.push(`balance ${b.balance}`);
  head.push(`checks: ${b.checkType}`);
  if (b.cookie) head.push(`cookie ${b.cookie}`);
  if (b.stickTable) head.push('stick table');
  const out = [`${indent}${head.join(' · ')}`];
  if (b.servers.length === 0) out.push(`${indent}  (no servers)`);
  for (const s of b.servers) out.push(...server(s, `${indent}  `));
  const primaries = b.servers.filter((s) => !s.backup);
  if (b.servers.some((s) => s.backup)) out.push(`${indent}  backups take over when ${primaries.length === 0 ? 'no primary exists' : `all ${primaries.length} primary server(s) are DOWN`}`);
  for (const f of b.failoverTo) out.push(`${indent}  when DOWN: ${f.frontend} fails over to ${f.backend} ${f.condition ?? ''}`.trimEnd());
  out.push(...findings(b.findings, `${indent}  `));
  return out;
}

function frontend(f: FrontendInfo, byName: ReadonlyMap<string, BackendInfo>): string[] {
  const out = [`${f.kind} ${f.name} (line ${f.line}) · mode ${f.mode} · ${TLS_TEXT[f.tls]}`];
  out.push(`  listens on: ${f.listeners.length === 0 ? '(no bind)' : f.listeners.map((l) => `${l.address}${l.tls ? ' (ssl)' : ''}${l.acceptProxy ? ' (accept-proxy)' : ''}`).join(', ')}`);
  if (f.monitor) out.push(`  monitor: ${f.monitor.uri ?? '(no monitor-uri)'}${f.monitor.fail.map((x) => ` · ${x}`).join('')}${f.monitor.watched.length ? ` · reports the health of ${f.monitor.watched.join(', ')}` : ''}`);
  if (f.routes.length > 0) {
    out.push('  routes (first match wins):');
    f.routes.forEach((r, i) => {
      const notes = [r.dynamic ? 'dynamic, decided per request' : '', r.missing ? 'backend not defined' : '', r.failover ? `failover: ${r.watches.join(', ')}` : ''].filter(Boolean);
      out.push(`    ${i + 1}. ${r.kind} ${r.target}${r.condition ? ` ${r.condition}` : ''}${notes.length ? `  [${notes.join('; ')}]` : ''}`);
    });
  }
  if (!f.routes.some((r) => r.kind === 'default_backend') && f.kind !== 'listen' && !f.monitor) out.push('  no default_backend: requests matching no rule are refused');
  out.push(...findings(f.findings, '  '));
  for (const name of f.backends) {
    const b = byName.get(name);
    if (b) out.push(...backend(b, '  '));
  }
  return out;
}

export function describeText(d: Description): string {
  const byName = new Map(d.backends.map((b) => [b.name, b]));
  const blocks = d.frontends.map((f) => frontend(f, byName).join('\n'));
  const reached = new Set(d.frontends.flatMap((f) => f.backends));
  const orphans = d.backends.filter((b) => !reached.has(b.name));
  if (orphans.length > 0) blocks.push(['not reached by any frontend:', ...orphans.flatMap((b) => backend(b, '  '))].join('\n'));
  if (d.otherFindings.length > 0) blocks.push(['elsewhere:', ...findings(d.otherFindings, '  ')].join('\n'));
  return blocks.join('\n\n') + '\n';
}
