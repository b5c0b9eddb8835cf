/**
 * Schema pieces shared by every setup: names, ports, addresses, durations, and the global/defaults
 * settings (logging, stats socket, timeouts). Each transforms to the normalized form the emitters use.
 */
import { z } from 'zod';

/** HAProxy proxy and server names: letters, digits, `-`, `_`, `.`, `:` (what `invalid_char()` allows). */
export const name = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]+$/, 'must be a name of letters, digits, "-", "_", "." or ":"')
  .max(64, 'must be at most 64 characters');

export const port = z.number({ invalid_type_error: 'must be a port number' }).int('must be an integer').min(1, 'must be a port from 1 to 65535').max(65535, 'must be a port from 1 to 65535');

const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4 = new RegExp(`^${octet}(\\.${octet}){3}$`);
const label = '[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostname = new RegExp(`^${label}(\\.${label})*\\.?$`);
const ipv6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;

export interface HostPort {
  /** IPv4, hostname, or IPv6 (kept in brackets so that the port stays unambiguous). */
  readonly host: string;
  /** Absent: HAProxy connects to the port the client connected to (passthrough of several ports). */
  readonly port?: number;
}

function splitHostPort(text: string): { host: string; port?: string } | undefined {
  const v6 = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (v6) return ipv6.test(v6[1]!) ? { host: `[${v6[1]}]`, ...(v6[2] !== undefined ? { port: v6[2] } : {}) } : undefined;
  const i = text.lastIndexOf(':');
  if (i < 0) return { host: text };
  return { host: text.slice(0, i), port: text.slice(i + 1) };
}

function validHost(host: string): boolean {
  return host.startsWith('[') || ipv4.test(host) || (hostname.test(host) && !/^[\d.]+$/.test(host));
}

function parsePort(text: string, ctx: z.RefinementCtx): number | undefined {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= 65535) return n;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `port "${text}" must be a number from 1 to 65535` });
  return undefined;
}

/** A server address: `host:port`, `host` (same port as the client's), or `[ipv6]:port`. */
export const serverAddress = z.string({ invalid_type_error: 'must be an address string like "10.0.0.1:443"' }).transform((text, ctx): HostPort => {
  const parts = splitHostPort(text.trim());
  if (!parts || !validHost(parts.host)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${text}" is not an address: expected host:port, like 10.0.0.1:443` });
    return z.NEVER;
  }
  if (parts.port === undefined) return { host: parts.host };
  const p = parsePort(parts.port, ctx);
  return p === undefined ? z.NEVER : { host: parts.host, port: p };
});

export interface Bind {
  /** Empty: all IPv4 addresses (`bind :443`). */
  readonly host: string;
  readonly port: number;
}

/** A listening address: a port (`443`), `:443`, `*:443` or `host:port`. */
export const bindAddress = z.union([port.transform((p): Bind => ({ host: '', port: p })), z.string()]).transform((v, ctx): Bind => {
  if (typeof v !== 'string') return v;
  const parts = splitHostPort(v.trim());
  const host = parts?.host === '*' ? '' : parts?.host;
  if (!parts || parts.port === undefined || host === undefined || (host !== '' && !validHost(host))) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${v}" is not a listening address: expected a port (443) or host:port (127.0.0.1:443)` });
    return z.NEVER;
  }
  const p = parsePort(parts.port, ctx);
  return p === undefined ? z.NEVER : { host, port: p };
});

/** A duration as HAProxy reads it: milliseconds as a number, or a string with a unit (`500ms`, `2s`, `1m`). */
export const duration = z.union([
  z.number().int('must be whole milliseconds').positive('must be positive').transform((n) => `${n}ms`),
  z.string().regex(/^[1-9]\d*(us|ms|s|m|h|d)?$/, 'must be a duration like 500ms, 2s or 1m'),
]);

const UNIT_MS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, '': 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a validated duration (`500ms`, `2s`, `1m`, or plain milliseconds). */
export function durationMs(d: string): number {
  const m = /^(\d+)([a-z]*)$/.exec(d);
  return m ? Number(m[1]) * (UNIT_MS[m[2]!] ?? 1) : NaN;
}

/** Server weight: 0 (no new traffic) to 256, HAProxy's range. */
export const weight = z.number().int('must be an integer').min(0, 'must be from 0 to 256').max(256, 'must be from 0 to 256');

export const balance = z.enum(['roundrobin', 'static-rr', 'leastconn', 'first', 'source']);

const logTarget = z.string().regex(/^(\/\S+|[A-Za-z0-9_.:\-[\]]+:\d+|stdout|stderr)$/, 'must be /dev/log, a unix socket path, host:port, stdout or stderr');

/** The `global` section: syslog logging and the runtime API socket. */
export const globalSettings = z
  .object({
    log: z
      .object({
        target: logTarget.default('/dev/log'),
        facility: z.enum(['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'auth2', 'ftp', 'ntp', 'audit', 'alert', 'cron2', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7']).default('local0'),
        level: z.enum(['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug']).optional(),
      })
      .strict()
      .default({}),
    statsSocket: z
      .object({
        path: z.string().regex(/^\/\S+$/, 'must be an absolute path without spaces').default('/run/haproxy/admin.sock'),
        level: z.enum(['user', 'operator', 'admin']).default('admin'),
      })
      .strict()
      .default({}),
    maxconn: z.number().int().positive('must be positive').optional(),
  })
  .strict()
  .default({});

export type GlobalSettings = z.output<typeof globalSettings>;

/** Timeouts for the `defaults` section; `httpRequest` is emitted only for HTTP setups. */
export const timeouts = z
  .object({
    connect: duration.default('5s'),
    client: duration.default('1m'),
    server: duration.default('1m'),
    httpRequest: duration.default('10s'),
    check: duration.optional(),
  })
  .strict()
  .default({});

export type Timeouts = z.output<typeof timeouts>;

/** Adds an issue at `path` when two items share a name. */
export function uniqueNames(items: readonly { name: string }[], ctx: z.RefinementCtx, path: (string | number)[], what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.name);
    if (first !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path, i, 'name'], message: `duplicate ${what} name "${item.name}" (also at index ${first})` });
    else seen.set(item.name, i);
  });
}

/**
 * `schema` followed by cross-field `check`s that run only once every field is valid (a plain
 * superRefine would also run on half-parsed data and report follow-on errors).
 */
export function refined<T extends z.ZodTypeAny>(schema: T, check: (value: z.output<T>, ctx: z.RefinementCtx) => void) {
  return schema.pipe(z.custom<z.output<T>>().superRefine(check));
}
