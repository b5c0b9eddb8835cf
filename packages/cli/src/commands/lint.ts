/**
 * `hacfg lint [options] [FILE|DIR|-]...`, `hacfg rules` and `hacfg explain RULE`. Each positional
 * file (or each `*.cfg` of a directory) is one configuration; `-f` paths are combined into one, in
 * order, as `haproxy -f a.cfg -f conf.d/` loads them.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { LATEST_STABLE, isVersion } from '@hacfg/catalog';
import { CONFIG_FILE_NAME, RULES, lint, ruleById, ruleDocFile, validateConfig, type HacfgConfig, type LintResult, type SeveritySetting } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import type { Command } from 'commander';
import picomatch from 'picomatch';
import { writeFileAtomic } from '../atomic-write.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CliContext } from '../context.js';
import { encode, readSource, type SourceFile } from '../io.js';
import { LINT_FORMATS, formatResults, type LintFormat } from '../print/lint-formats.js';

export interface LintCommandOptions {
  readonly file?: readonly string[];
  readonly haproxyVersion?: string;
  readonly format?: string;
  readonly rule?: readonly string[];
  readonly config?: string;
  readonly maxWarnings?: string;
  readonly fix?: boolean;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly env?: readonly string[];
  readonly inheritEnv?: boolean;
}

/**
 * The environment HAProxy would expand `"${VAR}"` from: empty unless asked, so CI lints like a
 * clean `haproxy -c`; `--inherit-env` starts from the CLI's own, `--env` entries override.
 */
function lintEnv(opts: LintCommandOptions, ctx: CliContext): Record<string, string> {
  const env: Record<string, string> = {};
  if (opts.inheritEnv) for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
  for (const e of opts.env ?? []) {
    const eq = e.indexOf('=');
    if (eq <= 0) throw new UsageError(`--env: expected KEY=VALUE, got '${e}'`);
    env[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return env;
}

const SEVERITIES = new Set(['off', 'warn', 'warning', 'error']);

/** `*.cfg` files of a directory, sorted by byte order as HAProxy does. */
async function cfgFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.cfg')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const n of names) if ((await stat(join(dir, n))).isFile()) out.push(join(dir, n));
  return out;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest `.hacfg.json` from `start` upwards. */
function findConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const p = join(dir, CONFIG_FILE_NAME);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

async function loadConfig(path: string): Promise<HacfgConfig> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
  try {
    return validateConfig(json, path);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function parseRuleFlags(flags: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const f of flags) {
    const m = /^([^=]+)=(.+)$/.exec(f);
    if (!m || !SEVERITIES.has(m[2]!)) throw new UsageError(`--rule expects id=off|warn|error, got '${f}'`);
    if (!ruleById(m[1]!) && !m[1]!.startsWith('syntax/')) throw new UsageError(`--rule: unknown rule '${m[1]}'`);
    out[m[1]!] = m[2] as SeveritySetting;
  }
  return out;
}

export async function lintCommand(inputs: readonly string[], opts: LintCommandOptions, ctx: CliContext): Promise<number> {
  const format = (opts.format ?? 'stylish') as LintFormat;
  if (!LINT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}`);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < -1)) throw new UsageError('--max-warnings expects an integer');
  const combined = opts.file ?? [];
  if (inputs.length === 0 && combined.length === 0) throw new UsageError('no input: give FILE, DIR, - or -f PATH');

  // One list of paths per configuration.
  const configs: string[][] = [];
  for (const input of inputs) {
    if (input === '-') configs.push(['-']);
    else if (await isDir(resolve(ctx.cwd, input))) for (const f of await cfgFiles(resolve(ctx.cwd, input))) configs.push([f]);
    else configs.push([resolve(ctx.cwd, input)]);
  }
  if (combined.length > 0) {
    const files: string[] = [];
    for (const p of combined) {
      if (p === '-') files.push('-');
      else if (await isDir(resolve(ctx.cwd, p))) files.push(...(await cfgFiles(resolve(ctx.cwd, p))));
      else files.push(resolve(ctx.cwd, p));
    }
    configs.push(files);
  }

  const firstFile = configs.flat().find((p) => p !== '-');
  const configPath = opts.config !== undefined ? resolve(ctx.cwd, opts.config) : findConfig(firstFile ? dirname(firstFile) : ctx.cwd);
  const fileConfig: HacfgConfig = configPath ? await loadConfig(configPath) : {};
  const version = opts.haproxyVersion ?? fileConfig.haproxyVersion ?? LATEST_STABLE;
  if (!isVersion(version)) throw new UsageError(`--haproxy-version: unknown version '${version}'`);
  const rules = { ...(fileConfig.rules ?? {}), ...parseRuleFlags(opts.rule ?? []) };
  const env = lintEnv(opts, ctx);
  const ignored = fileConfig.ignore && fileConfig.ignore.length > 0 && configPath ? picomatch(fileConfig.ignore as string[], { dot: true }) : undefined;
  const base = configPath ? dirname(configPath) : ctx.cwd;
  const display = (p: string): string => (p === '-' ? '<stdin>' : relative(ctx.cwd, p) || p);

  // HACFG_TIMING=1 (top 10) or =all: where the time went, on stderr, as ESLint's TIMING does.
  const timingMode = ctx.env['HACFG_TIMING'];
  const timing = timingMode ? new Map<string, number>() : undefined;
  const results: LintResult[] = [];
  const sources = new Map<LintResult, SourceFile & { abs: string }>();
  for (const files of configs) {
    const kept = files.filter((f) => f === '-' || !ignored || !ignored(relative(base, f)));
    if (kept.length === 0) continue;
    const srcs: (SourceFile & { abs: string })[] = [];
    for (const f of kept) srcs.push({ ...(await readSource(f, ctx.stdin)), abs: f });
    const t0 = performance.now();
    const docs = srcs.map((s) => parse(s.text, { fileName: display(s.abs) }));
    timing?.set('(parse)', (timing.get('(parse)') ?? 0) + performance.now() - t0);
    const res = lint(docs, { haproxyVersion: version, rules, env, ...(opts.fix ? { fix: true } : {}), ...(timing ? { timing } : {}) });
    res.forEach((r, i) => {
      results.push(r);
      sources.set(r, srcs[i]!);
    });
  }

  if (opts.fix) {
    for (const r of results) {
      const src = sources.get(r)!;
      if (r.output === undefined || src.abs === '-') continue;
      await writeFileAtomic(src.abs, encode(r.output, src.encoding));
    }
  }
  if (timing) ctx.stderr.write(timingTable(timing, timingMode === 'all' ? Infinity : 10));
  const shown = opts.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error'), warningCount: 0 })) : results;
  ctx.stdout.write(formatResults(format, shown, { color: opts.color !== false && format === 'stylish' && ctx.env['NO_COLOR'] === undefined && (ctx.stdout as { isTTY?: boolean }).isTTY === true, cwd: ctx.cwd }));
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    ctx.stderr.write(`hacfg: too many warnings (${warnings}, maximum allowed is ${maxWarnings})\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Phases and rules by time spent, largest first, with their share of the total. */
function timingTable(timing: ReadonlyMap<string, number>, limit: number): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((n, [, ms]) => n + ms, 0);
  const w = Math.max(4, ...rows.map(([k]) => k.length));
  const lines = rows.slice(0, limit).map(([k, ms]) => `${k.padEnd(w)}  ${ms.toFixed(1).padStart(9)}  ${((100 * ms) / (total || 1)).toFixed(1).padStart(5)}%`);
  return `${'Rule'.padEnd(w)}  ${'Time (ms)'.padStart(9)}  ${'Share'.padStart(6)}\n${lines.join('\n')}\n`;
}

export function rulesCommand(ctx: CliContext): number {
  const w = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) ctx.stdout.write(`${r.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${r.meta.category.padEnd(10)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.description}\n`);
  return EXIT_OK;
}

export async function explainCommand(id: string, ctx: CliContext): Promise<number> {
  if (!ruleById(id)) throw new UsageError(`unknown rule '${id}' (see 'hacfg rules')`);
  ctx.stdout.write(await readFile(ruleDocFile(id), 'utf8'));
  return EXIT_OK;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Adds `lint`, `rules` and `explain` to the program. */
export function registerLint(cmd: Command, ctx: CliContext, setCode: (code: number) => void): void {
  cmd
    .command('lint')
    .description('check configurations against what HAProxy accepts, and for common mistakes')
    .argument('[inputs...]', "files, directories (their *.cfg) or '-' for standard input; each is one configuration")
    .option('-f, --file <path>', 'add a file or directory to one combined configuration, in order (repeatable)', collect)
    .option('--haproxy-version <X.Y>', `target HAProxy version (default ${LATEST_STABLE})`)
    .option('--format <name>', `output format: ${LINT_FORMATS.join(', ')}`, 'stylish')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('--config <file>', `settings file (default: nearest ${CONFIG_FILE_NAME})`)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--env <KEY=VALUE>', 'set an environment variable HAProxy would expand (repeatable; default: empty environment)', collect)
    .option('--inherit-env', "lint with this shell's environment instead of an empty one")
    .option('--fix', 'apply safe fixes to the files')
    .option('--quiet', 'report errors only')
    .option('--no-color', 'plain output')
    .action(async (inputs: string[], opts: LintCommandOptions) => setCode(await lintCommand(inputs, opts, ctx)));
  cmd
    .command('rules')
    .description('list the lint rules')
    .action(() => setCode(rulesCommand(ctx)));
  cmd
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id')
    .action(async (id: string) => setCode(await explainCommand(id, ctx)));
}
