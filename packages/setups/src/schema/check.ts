/**
 * Health-check specs. `tcp` and `http` are shared by every setup; `ssl-hello` and `tcp-check`
 * (a custom sequence) are for passthrough, where the servers speak TLS that HAProxy does not end.
 */
import { z } from 'zod';
import { duration, durationMs, port, refined } from './common.js';

/** How often and how strictly: `inter`, `fall`, `rise` and an optional separate check `port`. */
const timing = {
  inter: duration.default('2s'),
  fall: z.number().int('must be an integer').min(1, 'must be at least 1').max(100, 'must be at most 100').default(3),
  rise: z.number().int('must be an integer').min(1, 'must be at least 1').max(100, 'must be at most 100').default(2),
  port: port.optional(),
};

/** HTTP status list as `http-check expect status` reads it: codes and ranges, comma-separated. */
const statusList = z.union([
  z.number().int().min(100, 'must be an HTTP status from 100 to 599').max(599, 'must be an HTTP status from 100 to 599').transform(String),
  z.string().regex(/^[1-5]\d\d(-[1-5]\d\d)?(,[1-5]\d\d(-[1-5]\d\d)?)*$/, 'must be status codes or ranges like "200" or "200-399,404"'),
]);

const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const hex = z.string().regex(/^([0-9A-Fa-f]{2})+$/, 'must be an even number of hex digits');
const hostName = z.string().regex(/^[\x21-\x7e]+$/, 'must be a host name without spaces');

export const tcpCheck = z.object({ type: z.literal('tcp'), ...timing }).strict();

export const httpCheck = z
  .object({
    type: z.literal('http'),
    method: z.string().regex(token, 'must be an HTTP method like GET or HEAD').default('GET'),
    path: z.string().regex(/^\/[\x21-\x7e]*$/, 'must be an absolute path like /health, without spaces').default('/'),
    /** `Host` header of the check request (HTTP/1.1 needs one; default: the server's address). */
    host: hostName.optional(),
    expectStatus: statusList.default('200'),
    ...timing,
  })
  .strict();

export const sslHelloCheck = z.object({ type: z.literal('ssl-hello'), ...timing }).strict();

/** Adds an issue unless exactly one of `keys` is set on `value`. */
function exactlyOne(value: Record<string, unknown>, keys: readonly string[], ctx: z.RefinementCtx): void {
  const set = keys.filter((k) => value[k] !== undefined);
  if (set.length !== 1) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must have exactly one of ${keys.join(', ')}${set.length ? ` (has ${set.join(', ')})` : ''}` });
}

const expectKeys = ['string', 'rstring', 'binary'] as const;
const stepKeys = ['connect', 'send', 'sendBinary', 'expect'] as const;

/** One step of a custom `tcp-check` sequence: exactly one of connect, send, sendBinary, expect. */
export const tcpCheckStep = z
  .object({
    connect: z.object({ port: port.optional(), ssl: z.boolean().default(false), sni: hostName.optional() }).strict().optional(),
    send: z.string().min(1, 'must not be empty').regex(/^[^\0]*$/, 'must not contain NUL').optional(),
    sendBinary: hex.optional(),
    expect: z
      .object({ string: z.string().min(1, 'must not be empty').optional(), rstring: z.string().min(1, 'must not be empty').optional(), binary: hex.optional() })
      .strict()
      .superRefine((e, ctx) => exactlyOne(e, expectKeys, ctx))
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => exactlyOne(s, stepKeys, ctx));

const tcpCheckSequence = z.object({ type: z.literal('tcp-check'), steps: z.array(tcpCheckStep).min(1, 'needs at least one step'), ...timing }).strict();

/** A dead server that takes this long to be marked DOWN fails that long of requests (as `hacfg lint` warns). */
const SLOW_DOWN_MS = 60_000;
/** With fall 1 and rise 1, checks this close together turn every hiccup into a state change. */
const FLAP_INTER_MS = 10_000;

/** Timing that reacts in well under a minute and does not flap. */
function checkTiming(c: { inter: string; fall: number; rise: number }, ctx: z.RefinementCtx): void {
  const inter = durationMs(c.inter);
  if (c.fall <= 1 && c.rise <= 1 && inter < FLAP_INTER_MS)
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rise'], message: `with fall 1, rise 1 and checks every ${c.inter}, one lost check takes a server out and one answer brings it back (it flaps): use fall or rise of 2 or more` });
  else if (inter * c.fall >= SLOW_DOWN_MS)
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['inter'], message: `a dead server would be marked DOWN only after inter × fall = ${(inter * c.fall) / 1000}s and get traffic until then: keep it under ${SLOW_DOWN_MS / 1000}s` });
}

/** Checks for HTTP/TCP services (health-check and failover setups). */
export const serviceCheck = refined(z.discriminatedUnion('type', [tcpCheck, httpCheck]), checkTiming);
/** Checks for TLS passthrough: `http` here is sent over TLS (`check-ssl`). */
export const passthroughCheck = refined(z.discriminatedUnion('type', [tcpCheck, sslHelloCheck, httpCheck.extend({ sni: hostName.optional() }).strict(), tcpCheckSequence]), (c, ctx) => {
  checkTiming(c, ctx);
  if (c.type !== 'tcp-check') return;
  // HAProxy opens the connection itself only when the sequence has no connect at all; with one,
  // it refuses a sequence whose first step is not a connect.
  const firstConnect = c.steps.findIndex((s) => s.connect);
  if (firstConnect > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['steps', 0], message: `must be a connect step, since step ${firstConnect} is one (HAProxy requires the first step to be a connect when there is any)` });
  if (!c.steps.some((s) => s.send !== undefined || s.sendBinary !== undefined || s.expect)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['steps'], message: 'needs at least one send, sendBinary or expect step' });
});

/** Ports whose servers speak first (FTP, SSH, SMTP, POP3, IMAP, submission, MySQL): a check may expect a banner before sending. */
export const BANNER_PORTS: ReadonlySet<number> = new Set([21, 22, 25, 110, 143, 465, 587, 993, 995, 3306]);
/** Ports that usually speak TLS: an HTTP check sent in clear fails there. */
export const TLS_PORTS: ReadonlySet<number> = new Set([443, 465, 636, 993, 995, 6443, 8443, 9443]);

/**
 * Adds an issue at the first `expect` step that waits for the server to speak before anything was
 * sent, unless the port checked is a banner port. `port` is where the check connects at first.
 */
export function expectAfterSend(steps: readonly TcpCheckStep[], port: number | undefined, ctx: z.RefinementCtx, path: (string | number)[]): void {
  let at = port;
  let sent = false;
  for (const [i, s] of steps.entries()) {
    if (s.connect) {
      at = s.connect.port ?? at;
      sent = false;
    } else if (s.send !== undefined || s.sendBinary !== undefined) sent = true;
    else if (!sent && !(at !== undefined && BANNER_PORTS.has(at))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path, i, 'expect'], message: `waits for the server to speak first, but nothing was sent${at ? ` and port ${at} is not one whose servers send a banner` : ''}: add a send step before it` });
      return;
    } else sent = true;
  }
}

export type ServiceCheck = z.output<typeof serviceCheck>;
export type PassthroughCheck = z.output<typeof passthroughCheck>;
export type TcpCheckStep = z.output<typeof tcpCheckStep>;
