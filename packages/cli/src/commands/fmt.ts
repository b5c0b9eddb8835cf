/**
 * `hacfg fmt [options] [FILE|DIR|-]...`: prints formatted configurations, or rewrites them in place
 * (`--write`), lists those that would change (`--check`), or shows unified diffs (`--diff`). Options
 * come from `.editorconfig`, then `.hacfg.json` ("format"), then flags. Exit codes: 0 clean, 1 some
 * file would change (`--check`), 2 usage, I/O error or a file with syntax errors (left untouched).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { EndOfLine, FormatOptions } from '@hacfg/formatter';
import { parse } from '@hacfg/syntax';
import type { Command } from 'commander';
import { writeFileAtomic, type AtomicFs } from '../atomic-write.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliContext } from '../context.js';
import { encode, readSource } from '../io.js';
import { formatCompact } from '../print/diagnostics.js';

export interface FmtCommandOptions {
  readonly write?: boolean;
  readonly check?: boolean;
  readonly diff?: boolean;
  readonly force?: boolean;
  readonly indent?: string;
  readonly tabs?: boolean;
  readonly indentConditionals?: boolean;
  readonly maxBlankLines?: string;
  readonly alignServers?: boolean;
  readonly endOfLine?: string;
  readonly finalNewline?: boolean;
  readonly stdinFilepath?: string;
}

/** Test seam: the file system used by `--write`. */
export interface FmtDeps {
  readonly fs?: AtomicFs;
}

function integer(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} expects a non-negative integer, got '${v}'`);
  return Number(v);
}

/** Only the flags actually given, so that they override the files' settings and nothing else. */
function flagOptions(opts: FmtCommandOptions): Partial<FormatOptions> {
  if (opts.endOfLine !== undefined && !['auto', 'lf', 'crlf'].includes(opts.endOfLine)) throw new UsageError(`--end-of-line expects auto, lf or crlf, got '${opts.endOfLine}'`);
  return {
    indentWidth: integer('--indent', opts.indent),
    useTabs: opts.tabs,
    indentConditionals: opts.indentConditionals,
    maxBlankLines: integer('--max-blank-lines', opts.maxBlankLines),
    alignServers: opts.alignServers,
    endOfLine: opts.endOfLine as EndOfLine | undefined,
    finalNewline: opts.finalNewline,
    force: opts.force,
  };
}

/** FILE, `-`, or the `*.cfg` files of DIR in byte order (as HAProxy loads a directory). */
async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    const abs = resolve(cwd, input);
    const st = await stat(abs).catch(() => undefined);
    if (!st?.isDirectory()) {
      out.push(abs);
      continue;
    }
    const names = (await readdir(abs)).filter((n) => n.endsWith('.cfg')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of names) if ((await stat(join(abs, n))).isFile()) out.push(join(abs, n));
  }
  return out;
}

export async function fmtCommand(inputs: readonly string[], opts: FmtCommandOptions, ctx: CliContext, deps: FmtDeps = {}): Promise<number> {
  if (inputs.length === 0) throw new UsageError("no input: give FILE, DIR or '-' for standard input");
  if (opts.write && (opts.check || opts.diff)) throw new UsageError('--write cannot be combined with --check or --diff');
  if (opts.write && inputs.includes('-')) throw new UsageError("--write cannot rewrite standard input ('-')");
  const flags = flagOptions(opts);
  // Loaded here, not at every start of `hacfg`: the formatter reads .editorconfig files.
  const { format, FormatOptionsError, resolveFormatOptions, UnformattableError } = await import('@hacfg/formatter');
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const files = await expandInputs(inputs, ctx.cwd);
  const display = (p: string): string => (p === '-' ? '<stdin>' : relative(ctx.cwd, p) || p);

  let failed = false;
  let changed = false;
  for (const file of files) {
    const name = display(file);
    try {
      const src = await readSource(file, ctx.stdin);
      const optionsPath = file === '-' ? resolve(ctx.cwd, opts.stdinFilepath ?? 'haproxy.cfg') : file;
      const options = await resolveFormatOptions(optionsPath, flags);
      const doc = parse(src.text, { fileName: name });
      let out: string;
      try {
        out = format(doc, options);
      } catch (e) {
        if (!(e instanceof UnformattableError)) throw e;
        failed = true;
        ctx.stderr.write(`hacfg fmt: ${name}: not formatted, it has syntax errors (fix them, or use --force to format the other lines):\n`);
        for (const d of e.diagnostics) ctx.stderr.write(`  ${formatCompact(name, doc.lineIndex, d)}\n`);
        // A filter (editor, pipe) must not lose its input: print it back unchanged.
        if (!opts.write && !opts.check && !opts.diff) ctx.stdout.write(encode(src.text, src.encoding));
        continue;
      }
      const differs = out !== src.text;
      changed ||= differs;
      if (opts.write) {
        if (differs) await writeFileAtomic(file, encode(out, src.encoding), deps.fs);
      } else if (opts.check || opts.diff) {
        if (opts.diff && differs) ctx.stdout.write(encode(createTwoFilesPatch(`a/${name}`, `b/${name}`, src.text, out, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }), src.encoding));
        else if (differs) ctx.stdout.write(`${name}\n`);
      } else {
        // The bytes of the input's encoding, so that `hacfg fmt - < a > b` is byte-exact.
        ctx.stdout.write(encode(out, src.encoding));
      }
    } catch (e) {
      if (e instanceof UsageError) throw e;
      failed = true;
      const err = e as NodeJS.ErrnoException;
      const msg = e instanceof FormatOptionsError || err.code ? err.message : String(err.stack ?? err);
      ctx.stderr.write(`hacfg fmt: ${name}: ${msg}\n`);
    }
  }
  if (failed) return EXIT_USAGE;
  return opts.check && changed ? EXIT_PROBLEMS : EXIT_OK;
}

/** Adds `fmt` to the program. */
export function registerFmt(cmd: Command, ctx: CliContext, setCode: (code: number) => void): void {
  cmd
    .command('fmt')
    .description('format configurations: layout only, never a word or comment changed')
    .argument('[inputs...]', "files, directories (their *.cfg) or '-' for standard input")
    .option('-w, --write', 'rewrite the files in place (atomically, only when they change)')
    .option('--check', 'list the files that would change; exit 1 if any')
    .option('--diff', 'print a unified diff of the changes instead of the formatted text')
    .option('--force', 'format files with syntax errors too, leaving the broken lines as they are')
    .option('--indent <n>', 'spaces per indentation level (default 4)')
    .option('--tabs', 'indent with tabs')
    .option('--no-tabs', 'indent with spaces')
    .option('--indent-conditionals', 'indent the content of .if blocks (default)')
    .option('--no-indent-conditionals', 'keep .if block content at the level of the .if')
    .option('--max-blank-lines <n>', 'most consecutive blank lines inside a section (default 1)')
    .option('--align-servers', "line up the columns of 'server' lines in each section")
    .option('--no-align-servers', "do not line up 'server' lines")
    .option('--end-of-line <style>', 'auto (keep the file\'s), lf or crlf')
    .option('--final-newline', 'end files with a line ending (default)')
    .option('--no-final-newline', 'keep a missing final line ending missing')
    .option('--stdin-filepath <path>', 'path whose .editorconfig/.hacfg.json settings apply to standard input')
    .addHelpText('after', '\nExit codes: 0 clean, 1 files would change (--check), 2 usage, I/O error or syntax errors.')
    .action(async (inputs: string[], opts: FmtCommandOptions) => setCode(await fmtCommand(inputs, opts, ctx)));
}
