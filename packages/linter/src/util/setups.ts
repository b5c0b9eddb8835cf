/** Shared facts for the passthrough / health-check / failover rules (issue 5). */
import type { EffectiveServer, Proxy } from '@hacfg/model';
import type { Document, TextRange } from '@hacfg/syntax';

/** Ports where servers expect TLS first. */
export const TLS_PORTS: ReadonlySet<number> = new Set([443, 465, 636, 993, 995, 6443, 8443, 9443]);

/** Where a server parameter shows: its own word, or the server's name when a `default-server` line sets it. */
export function paramRange(s: EffectiveServer, name: string): { range: TextRange; doc: Document } {
  const p = s.params.get(name);
  if (p && !p.inherited) return { range: p.param.name, doc: s.proxy.doc };
  return { range: s.nameRange, doc: s.proxy.doc };
}

/** The backend's name word (or its keyword for an anonymous section): where backend-wide findings go. */
export function proxyNameRange(p: Proxy): TextRange {
  return p.section.name ?? p.section.keywordWord;
}

/** A server takes part in health decisions: it is checked itself or tracks a checked one. */
export function isChecked(s: EffectiveServer): boolean {
  return s.check || s.track !== undefined;
}
