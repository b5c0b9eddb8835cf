/**
 * The routing graph as Mermaid or Graphviz DOT: frontends → backends → servers; conditions on edge
 * labels; failover routes, monitor watches and backup servers drawn dashed.
 */
import type { Description } from './model.js';

interface Node {
  readonly id: string;
  readonly label: string;
  readonly shape: 'frontend' | 'backend' | 'server' | 'missing' | 'dynamic';
}
interface Edge {
  readonly from: string;
  readonly to: string;
  readonly label: string | undefined;
  /** Dashed: failover routes, monitor watches, backup servers. */
  readonly dashed: boolean;
  readonly kind: 'route' | 'failover' | 'watch' | 'server' | 'backup';
}

export interface Graph {
  readonly nodes: readonly Node[];
  readonly edges: readonly Edge[];
}

/** Nodes and edges, independent of the output syntax. */
export function graphOf(d: Description): Graph {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const ids = new Map<string, string>();
  const id = (key: string): string => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = `n${ids.size}`));
    return v;
  };
  const backendIds = new Map<string, string>();
  for (const f of d.frontends) {
    const ports = f.listeners.map((l) => l.address).join(', ');
    nodes.push({ id: id(`fe:${f.name}`), label: `${f.kind} ${f.name}\n${[ports, f.mode, f.tls === 'none' ? '' : `TLS ${f.tls}`].filter(Boolean).join(' · ')}`, shape: 'frontend' });
  }
  for (const b of d.backends) {
    // A listen is one node: its frontend side already exists.
    const key = b.kind === 'listen' ? `fe:${b.name}` : `be:${b.name}`;
    backendIds.set(b.name, id(key));
    if (b.kind !== 'listen') nodes.push({ id: id(key), label: `backend ${b.name}\n${b.mode} · ${b.checkType}`, shape: 'backend' });
    for (const s of b.servers) {
      const sid = id(`srv:${b.name}/${s.name}`);
      nodes.push({ id: sid, label: `${s.name}\n${s.address}${s.check ? ' · check' : ''}${s.backup ? ' · backup' : ''}`, shape: 'server' });
      edges.push({ from: id(key), to: sid, label: s.backup ? 'backup' : undefined, dashed: s.backup, kind: s.backup ? 'backup' : 'server' });
    }
  }
  for (const f of d.frontends) {
    const from = id(`fe:${f.name}`);
    for (const r of f.routes) {
      let to = backendIds.get(r.target);
      if (!to) {
        to = id(`${r.dynamic ? 'dyn' : 'missing'}:${r.target}`);
        if (!nodes.some((n) => n.id === to)) nodes.push({ id: to, label: r.dynamic ? `dynamic\n${r.target}` : `missing backend\n${r.target}`, shape: r.dynamic ? 'dynamic' : 'missing' });
      }
      const label = r.kind === 'default_backend' ? 'default' : (r.condition ?? 'always');
      edges.push({ from, to, label: r.failover ? `failover ${label}` : label, dashed: r.failover, kind: r.failover ? 'failover' : 'route' });
    }
    if (f.monitor) {
      const label = f.monitor.fail.join('\n') || undefined;
      for (const name of f.monitor.watched) {
        const to = backendIds.get(name);
        if (to) edges.push({ from, to, label, dashed: true, kind: 'watch' });
      }
    }
  }
  return { nodes, edges };
}

const mermaidText = (s: string): string => s.replace(/"/g, '#quot;').replace(/\n/g, '<br/>');

export function toMermaid(g: Graph): string {
  const shape = (n: Node): string => {
    const t = `"${mermaidText(n.label)}"`;
    switch (n.shape) {
      case 'frontend': return `${n.id}([${t}])`;
      case 'backend': return `${n.id}[${t}]`;
      case 'server': return `${n.id}[(${t})]`;
      case 'dynamic': return `${n.id}{{${t}}}`;
      case 'missing': return `${n.id}[/${t}/]`;
    }
  };
  const lines = ['flowchart LR', ...g.nodes.map((n) => `  ${shape(n)}`)];
  for (const e of g.edges) {
    const arrow = e.dashed ? '-.->' : '-->';
    lines.push(`  ${e.from} ${arrow}${e.label ? `|"${mermaidText(e.label)}"|` : ''} ${e.to}`);
  }
  return lines.join('\n') + '\n';
}

const dotText = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export function toDot(g: Graph): string {
  const shapes = { frontend: 'box, style=rounded', backend: 'box', server: 'cylinder', dynamic: 'hexagon', missing: 'box, style=dashed, color=red' } as const;
  const colors = { route: 'black', failover: 'orangered', watch: 'gray40', server: 'black', backup: 'gray40' } as const;
  const lines = ['digraph hacfg {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const n of g.nodes) lines.push(`  ${n.id} [label="${dotText(n.label)}", shape=${shapes[n.shape]}];`);
  for (const e of g.edges) {
    const attrs = [e.label ? `label="${dotText(e.label)}"` : '', e.dashed ? 'style=dashed' : '', `color=${colors[e.kind]}`].filter(Boolean);
    lines.push(`  ${e.from} -> ${e.to} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
