/** `hacfg describe FILE [--format text|json] [--haproxy-version X.Y]`: what the configuration does. */
import { resolve } from 'node:path';
import { isVersion } from '@hacfg/catalog';
import { describeConfig, describeText } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import type { Command } from 'commander';
import { EXIT_OK, UsageError, type CliContext } from '../context.js';
import { readSource } from '../io.js';

export interface DescribeCommandOptions {
  readonly format?: string;
  readonly haproxyVersion?: string;
}

/** Reads FILE (or `-`) into a parsed document named as the user wrote it. */
export async function loadDocument(file: string, ctx: CliContext) {
  const src = await readSource(file === '-' ? '-' : resolve(ctx.cwd, file), ctx.stdin);
  return parse(src.text, { fileName: file === '-' ? '<stdin>' : file });
}

export function versionOption(v: string | undefined) {
  const version = v ?? '2.6';
  if (!isVersion(version)) throw new UsageError(`--haproxy-version: unknown version '${version}'`);
  return version;
}

export async function describeCommand(file: string, opts: DescribeCommandOptions, ctx: CliContext): Promise<number> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be one of text, json');
  const d = describeConfig([await loadDocument(file, ctx)], { haproxyVersion: versionOption(opts.haproxyVersion) });
  ctx.stdout.write(format === 'json' ? JSON.stringify(d, null, 2) + '\n' : describeText(d));
  return EXIT_OK;
}

export function registerDescribe(cmd: Command, ctx: CliContext, setCode: (code: number) => void): void {
  cmd
    .command('describe')
    .description('explain what a configuration does: listeners, TLS, routes, backends, servers, checks, backups, failover, with findings')
    .argument('<file>', "configuration file, or '-' for standard input")
    .option('--format <name>', 'output format: text, json', 'text')
    .option('--haproxy-version <X.Y>', 'target HAProxy version for the findings (default 2.6)')
    .action(async (file: string, opts: DescribeCommandOptions) => setCode(await describeCommand(file, opts, ctx)));
}
