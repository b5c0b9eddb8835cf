/**
 * `hacfg generate passthrough|health-check|failover [--spec FILE] [flags] [-o FILE]`: a complete
 * haproxy.cfg from a spec file (JSON or YAML) and/or flags for the simple cases. Flags override the
 * spec's fields. Exit 0 on success, 2 on usage errors and invalid specs (the message names the field).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { SETUP_KINDS, type SetupKind } from '@hacfg/setups/kinds';
import { Argument, type Command } from 'commander';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliContext } from '../context.js';

export interface GenerateCommandOptions {
  readonly spec?: string;
  readonly output?: string;
  readonly name?: string;
  readonly listen?: readonly string[];
  readonly clear?: readonly string[];
  readonly server?: readonly string[];
  readonly backup?: readonly string[];
  readonly weight?: readonly string[];
  readonly balance?: string;
  readonly mode?: string;
  readonly check?: string;
  readonly checkPath?: string;
  readonly checkMethod?: string;
  readonly checkHost?: string;
  readonly checkSni?: string;
  readonly expectStatus?: string;
  readonly checkPort?: string;
  readonly inter?: string;
  readonly fall?: string;
  readonly rise?: string;
  readonly monitorPort?: string;
  readonly monitorUri?: string;
  readonly backupBackend?: boolean;
  readonly allBackups?: boolean;
  readonly cookie?: string;
  readonly proxyProtocol?: string;
  readonly log?: string;
  readonly statsSocket?: string;
}

type Obj = Record<string, unknown>;

/** `NAME=VALUE` pairs of a repeatable flag. */
function pairs(flag: string, values: readonly string[] | undefined, what: string): [string, string][] {
  return (values ?? []).map((v) => {
    const i = v.indexOf('=');
    if (i <= 0 || i === v.length - 1) throw new UsageError(`--${flag} expects NAME=${what}, got '${v}'`);
    return [v.slice(0, i), v.slice(i + 1)];
  });
}

/** A port given as a number stays a number so the schema reads it as a port. */
function portOrAddress(v: string): string | number {
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** Numbers where the schema wants numbers; anything else is left for the schema to reject by field. */
function num(v: string | undefined): number | string | undefined {
  return v === undefined ? undefined : /^-?\d+$/.test(v) ? Number(v) : v;
}

function defined(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** The spec fields that flags set, for `kind`. */
export function specFromFlags(kind: SetupKind, o: GenerateCommandOptions, base: Obj): Obj {
  const weights = new Map(pairs('weight', o.weight, 'N'));
  const servers = (flag: 'server' | 'backup') =>
    pairs(flag, o[flag], 'ADDRESS').map(([name, address]) => {
      const weight = weights.get(name);
      weights.delete(name);
      return defined({ name, address, weight: num(weight) });
    });
  const primary = servers('server');
  const backup = servers('backup');
  const unused = [...weights.keys()];
  if (unused.length) throw new UsageError(`--weight names no --server or --backup: ${unused.join(', ')}`);

  const out: Obj = defined({ name: o.name, balance: o.balance });
  const listen = [...(o.listen ?? []).map(portOrAddress), ...(o.clear ?? []).map((a) => ({ address: portOrAddress(a), tls: false }))];
  if (o.clear?.length && kind !== 'passthrough') throw new UsageError('--clear applies to passthrough only');
  if (listen.length) out.listen = kind === 'health-check' ? (listen.length === 1 ? listen[0] : listen) : listen;

  if (kind === 'passthrough') {
    if (primary.length || backup.length) out.platforms = [...primary, ...backup.map((s) => ({ ...s, standby: true }))];
    if (o.proxyProtocol !== undefined) out.proxyProtocol = o.proxyProtocol;
  } else if (kind === 'health-check') {
    if (primary.length || backup.length) out.servers = [...primary, ...backup.map((s) => ({ ...s, backup: true }))];
    if (o.monitorPort !== undefined || o.monitorUri !== undefined) out.monitor = { ...((base.monitor as Obj | undefined) ?? {}), ...defined({ port: num(o.monitorPort), uri: o.monitorUri }) };
  } else {
    if (primary.length) out.primary = primary;
    if (backup.length) out.backup = backup;
    if (o.backupBackend) out.strategy = 'backup-backend';
    if (o.allBackups) out.allBackups = true;
    if (o.cookie !== undefined) out.cookie = { ...((base.cookie as Obj | undefined) ?? {}), name: o.cookie };
  }
  if (kind !== 'passthrough' && o.mode !== undefined) out.mode = o.mode;

  const check = defined({
    type: o.check,
    method: o.checkMethod,
    path: o.checkPath,
    host: o.checkHost,
    sni: o.checkSni,
    expectStatus: num(o.expectStatus),
    port: num(o.checkPort),
    inter: num(o.inter),
    fall: num(o.fall),
    rise: num(o.rise),
  });
  if (Object.keys(check).length) {
    const merged = { ...((base.check as Obj | undefined) ?? {}), ...check };
    // HTTP details alone imply an HTTP check.
    if (merged.type === undefined) merged.type = ['method', 'path', 'host', 'expectStatus'].some((k) => k in check) ? 'http' : kind === 'passthrough' || base.mode === 'tcp' || o.mode === 'tcp' ? 'tcp' : 'http';
    out.check = merged;
  }
  if (o.log !== undefined || o.statsSocket !== undefined) {
    const g = (base.global as Obj | undefined) ?? {};
    out.global = defined({
      ...g,
      log: o.log !== undefined ? { ...((g.log as Obj | undefined) ?? {}), target: o.log } : g.log,
      statsSocket: o.statsSocket !== undefined ? { ...((g.statsSocket as Obj | undefined) ?? {}), path: o.statsSocket } : g.statsSocket,
    });
  }
  return out;
}

export async function generateCommand(kind: SetupKind, opts: GenerateCommandOptions, ctx: CliContext): Promise<number> {
  // Loaded here: zod and yaml are for this command only, not for every start of `hacfg`.
  const { SpecError, generate, readSpecText } = await import('@hacfg/setups');
  try {
    let base: Obj = {};
    if (opts.spec !== undefined) {
      const text = opts.spec === '-' ? await readAll(ctx) : await readFile(opts.spec, 'utf8');
      const read = readSpecText(kind, text, opts.spec === '-' ? 'spec.yaml' : opts.spec);
      if (read === null || typeof read !== 'object' || Array.isArray(read)) throw new SpecError(kind, [{ path: '', message: 'must be an object (a mapping of fields)' }]);
      base = read as Obj;
    }
    const config = generate(kind, { ...base, ...specFromFlags(kind, opts, base) });
    if (opts.output !== undefined) await writeFile(opts.output, config);
    else ctx.stdout.write(config);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof SpecError || e instanceof UsageError) {
      ctx.stderr.write(`hacfg generate: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code) {
      ctx.stderr.write(`hacfg generate: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

async function readAll(ctx: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of ctx.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerGenerate(cmd: Command, ctx: CliContext, setCode: (code: number) => void): void {
  cmd
    .command('generate')
    .description('write a complete haproxy.cfg for a passthrough, health-check or failover setup')
    .addArgument(new Argument('<kind>', 'the setup').choices(SETUP_KINDS))
    .option('--spec <file>', "spec file: .json, or YAML otherwise ('-' for standard input)")
    .option('-o, --output <file>', 'write the configuration here instead of standard output')
    .option('--name <name>', 'base name of the proxies')
    .option('--listen <address>', 'listening port or host:port (repeatable)', collect)
    .option('--clear <address>', 'passthrough: a clear-text listener, e.g. 80 (repeatable)', collect)
    .option('--server <name=address>', 'platform / server / primary server (repeatable)', collect)
    .option('--backup <name=address>', 'standby platform / backup server (repeatable)', collect)
    .option('--weight <name=n>', 'weight of a --server or --backup (repeatable)', collect)
    .option('--balance <algorithm>', 'roundrobin, static-rr, leastconn, first or source')
    .option('--mode <mode>', 'health-check, failover: http or tcp')
    .option('--check <type>', 'tcp, http; passthrough also ssl-hello')
    .option('--check-path <path>', 'HTTP check path')
    .option('--check-method <method>', 'HTTP check method')
    .option('--check-host <host>', 'Host header of the HTTP check')
    .option('--check-sni <name>', 'passthrough: SNI of the HTTP check over TLS')
    .option('--expect-status <codes>', 'expected HTTP status, e.g. 200 or 200-399')
    .option('--check-port <port>', 'port to check instead of the server port')
    .option('--inter <duration>', 'check interval, e.g. 2s')
    .option('--fall <n>', 'failed checks before a server is DOWN')
    .option('--rise <n>', 'passed checks before a server is UP')
    .option('--monitor-port <port>', 'health-check: monitor port (default: listen port + 1)')
    .option('--monitor-uri <path>', 'health-check: monitor URI (default /health)')
    .option('--backup-backend', 'failover: a backup backend chosen by nbsrv() instead of backup servers')
    .option('--all-backups', 'failover: use every backup server at once')
    .option('--cookie <name>', 'failover: cookie persistence with this cookie name')
    .option('--proxy-protocol <version>', 'passthrough: send the PROXY protocol, v1 or v2')
    .option('--log <target>', 'syslog target (default /dev/log)')
    .option('--stats-socket <path>', 'runtime API socket path (default /run/haproxy/admin.sock)')
    .addHelpText('after', '\nExit codes: 0 written, 2 usage error or invalid spec (the message names the field).')
    .action(async (kind: SetupKind, opts: GenerateCommandOptions) => setCode(await generateCommand(kind, opts, ctx)));
}
