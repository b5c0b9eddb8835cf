/** `hacfg graph FILE [--format mermaid|dot|svg]`: the routing graph; svg through Graphviz `dot`. */
import { spawn } from 'node:child_process';
import { describeConfig, graphOf, toDot, toMermaid } from '@hacfg/linter';
import type { Command } from 'commander';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliContext } from '../context.js';
import { loadDocument, versionOption } from './describe.js';

export interface GraphCommandOptions {
  readonly format?: string;
  readonly haproxyVersion?: string;
}

const FORMATS = ['mermaid', 'dot', 'svg'];

/** Runs `dot -Tsvg`; undefined when the program is missing. */
function renderSvg(dotBin: string, dot: string, env: NodeJS.ProcessEnv): Promise<{ svg: string } | { error: string } | undefined> {
  return new Promise((done) => {
    const child = spawn(dotBin, ['-Tsvg'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => done(e.code === 'ENOENT' ? undefined : { error: e.message }));
    child.on('close', (code) => done(code === 0 ? { svg: out } : { error: err.trim() || `dot exited with ${code}` }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(dot);
  });
}

export async function graphCommand(file: string, opts: GraphCommandOptions, ctx: CliContext): Promise<number> {
  const format = opts.format ?? 'mermaid';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const g = graphOf(describeConfig([await loadDocument(file, ctx)], { haproxyVersion: versionOption(opts.haproxyVersion) }));
  if (format === 'mermaid') ctx.stdout.write(toMermaid(g));
  else if (format === 'dot') ctx.stdout.write(toDot(g));
  else {
    const dotBin = ctx.env['HACFG_DOT'] ?? 'dot';
    const r = await renderSvg(dotBin, toDot(g), { PATH: ctx.env['PATH'] ?? process.env['PATH'] ?? '/usr/bin:/bin' });
    if (r === undefined) {
      ctx.stderr.write(`hacfg: --format svg needs Graphviz ('${dotBin}' was not found); install it (e.g. apt-get install graphviz) or use --format dot and render it elsewhere\n`);
      return EXIT_USAGE;
    }
    if ('error' in r) {
      ctx.stderr.write(`hacfg: dot failed: ${r.error}\n`);
      return EXIT_USAGE;
    }
    ctx.stdout.write(r.svg);
  }
  return EXIT_OK;
}

export function registerGraph(cmd: Command, ctx: CliContext, setCode: (code: number) => void): void {
  cmd
    .command('graph')
    .description('draw the routing graph: frontends → backends → servers; failover, monitor watches and backups dashed')
    .argument('<file>', "configuration file, or '-' for standard input")
    .option('--format <name>', 'output format: mermaid, dot, svg (needs Graphviz dot)', 'mermaid')
    .option('--haproxy-version <X.Y>', 'target HAProxy version (default 2.6)')
    .action(async (file: string, opts: GraphCommandOptions) => setCode(await graphCommand(file, opts, ctx)));
}
