// `hacfg graph`: Mermaid structure, DOT accepted by Graphviz, svg through dot or a clear exit 2.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const root = join(import.meta.dirname, '../../../..');
const FIXTURE = 'fixtures/describe/passthrough-failover.cfg';
const hasDot = spawnSync('dot', ['-V']).status === 0;

/** Checks Mermaid flowchart structure: header, node declarations, edges between declared nodes. */
function parseMermaid(text: string): { nodes: Set<string>; edges: { from: string; to: string; dashed: boolean; label: string | undefined }[] } {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const nodes = new Set<string>();
  const edges: { from: string; to: string; dashed: boolean; label: string | undefined }[] = [];
  for (const l of lines.slice(1)) {
    const node = /^ {2}(n\d+)(\(\[".*"\]\)|\["[^"]*"\]|\[\(".*"\)\]|\{\{".*"\}\}|\[\/".*"\/\])$/.exec(l);
    const edge = /^ {2}(n\d+) (-->|-\.->)(?:\|"([^"]*)"\|)? (n\d+)$/.exec(l);
    if (node) nodes.add(node[1]!);
    else if (edge) edges.push({ from: edge[1]!, to: edge[4]!, dashed: edge[2] === '-.->', label: edge[3] });
    else throw new Error(`not a node or edge line: ${l}`);
  }
  for (const e of edges) expect(nodes.has(e.from) && nodes.has(e.to)).toBe(true);
  return { nodes, edges };
}

describe('hacfg graph', () => {
  it('mermaid: frontends → backends → servers, failover, monitor watch and backup edges dashed', async () => {
    const r = await runCli(['graph', FIXTURE], '', root);
    expect(r.code).toBe(0);
    const g = parseMermaid(r.stdout);
    const dashed = g.edges.filter((e) => e.dashed).map((e) => e.label);
    expect(dashed).toEqual(['backup', 'failover if old_down', 'monitor fail if none_up']);
    expect(g.edges.filter((e) => !e.dashed).map((e) => e.label ?? '')).toEqual(['', '', '', '', '', 'if sni_beta', 'default']);
    await expect(r.stdout).toMatchFileSnapshot('__golden__/passthrough-failover.mmd');
  });

  it('mermaid: seed configs parse, dynamic and missing targets get their own nodes', async () => {
    for (const f of ['002-nbsrv-failover', '002-httpsandhttp', '003-frontend', '004-ssl-offload']) parseMermaid((await runCli(['graph', `fixtures/seeds/${f}.cfg`], '', root)).stdout);
    const r = await runCli(['graph', '-'], 'frontend f\n bind :80\n use_backend %[req.hdr(host)]\n default_backend nope\n', root);
    expect(r.stdout).toContain('{{"dynamic<br/>%[req.hdr(host)]"}}');
    expect(r.stdout).toContain('[/"missing backend<br/>nope"/]');
  });

  it.skipIf(!hasDot)('dot: accepted by Graphviz', async () => {
    for (const f of [FIXTURE, 'fixtures/seeds/002-nbsrv-failover.cfg', 'fixtures/seeds/004-ssl-offload.cfg']) {
      const r = await runCli(['graph', '--format', 'dot', f], '', root);
      expect(r.stdout).toMatch(/^digraph hacfg \{/);
      expect(() => execFileSync('dot', ['-Tsvg'], { input: r.stdout, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
    }
    const dot = (await runCli(['graph', '--format', 'dot', FIXTURE], '', root)).stdout;
    expect(dot.match(/style=dashed/g)?.length).toBe(3);
  });

  it.skipIf(!hasDot)('svg: rendered by dot', async () => {
    const r = await runCli(['graph', '--format', 'svg', FIXTURE], '', root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<svg');
  });

  it('svg without Graphviz: a clear message and exit 2', async () => {
    const { PassThrough, Readable } = await import('node:stream');
    const { run } = await import('../../src/run.js');
    const err = new PassThrough();
    let stderr = '';
    err.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await run(['graph', '--format', 'svg', FIXTURE], { stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, cwd: root, env: { HACFG_DOT: '/nonexistent/dot' } });
    expect(code).toBe(2);
    expect(stderr).toContain("needs Graphviz ('/nonexistent/dot' was not found)");
  });
});
