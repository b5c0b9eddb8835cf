/**
 * The passthrough spec (seed 000): TCP listeners in front of two or more platforms whose own load
 * balancers end TLS; traffic split by weights or an active/standby switch, optional SNI routing.
 */
import { z } from 'zod';
import { balance, bindAddress, duration, globalSettings, name, serverAddress, timeouts, uniqueNames, weight, refined } from './common.js';
import { expectAfterSend, passthroughCheck } from './check.js';

/** A listener: a port or address, or `{ address, tls: false }` for a clear-text port (e.g. 80). */
const listener = z.union([
  bindAddress.transform((bind) => ({ bind, tls: true })),
  z.object({ address: bindAddress, tls: z.boolean().default(true) }).strict().transform((l) => ({ bind: l.address, tls: l.tls })),
]);

const platform = z
  .object({
    name,
    /** The platform's entry point, usually its own load balancer: `host:port`, or `host` for "same port as the client". */
    address: serverAddress,
    weight: weight.optional(),
    /** A standby platform (`backup`) gets traffic only when no active platform is up. */
    standby: z.boolean().default(false),
  })
  .strict();

const sniHost = z.string().regex(/^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/, 'must be a host name like app.example.com or *.example.com');

const route = z
  .object({
    name,
    /** Server names (SNI) to match: exact, or `*.example.com` for any name under example.com. */
    hosts: z.array(sniHost).min(1, 'needs at least one host name'),
    /** Names of the platforms that serve these hosts. */
    platforms: z.array(name).min(1, 'needs at least one platform'),
  })
  .strict();

const fields = z
  .object({
    name: name.default('passthrough'),
    listen: z.array(listener).min(1, 'needs at least one listener').default([443]),
    balance: balance.default('roundrobin'),
    platforms: z.array(platform).min(2, 'needs at least two platforms'),
    routes: z.array(route).default([]),
    /** How long to wait for the TLS ClientHello when routing by SNI. */
    inspectDelay: duration.default('5s'),
    check: passthroughCheck.default({ type: 'tcp' }),
    proxyProtocol: z.enum(['v1', 'v2']).optional(),
    global: globalSettings,
    timeouts,
  })
  .strict();

export const passthroughSpec = refined(fields, (spec, ctx) => {
  uniqueNames(spec.platforms, ctx, ['platforms'], 'platform');
  uniqueNames(spec.routes, ctx, ['routes'], 'route');
  if (spec.platforms.every((p) => p.standby)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['platforms'], message: 'needs at least one platform that is not standby' });
  const known = new Map(spec.platforms.map((p) => [p.name, p]));
  const hostRoute = new Map<string, string>();
  spec.routes.forEach((r, i) => {
    r.platforms.forEach((p, j) => {
      if (!known.has(p)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['routes', i, 'platforms', j], message: `no platform named "${p}"` });
    });
    if (r.platforms.every((p) => known.get(p)?.standby === true)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['routes', i, 'platforms'], message: 'needs at least one platform that is not standby' });
    r.hosts.forEach((h, j) => {
      const other = hostRoute.get(h.toLowerCase());
      if (other !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['routes', i, 'hosts', j], message: `host "${h}" is already routed by route "${other}"` });
      else hostRoute.set(h.toLowerCase(), r.name);
    });
  });
  if (spec.routes.length > 0 && !spec.listen.some((l) => l.tls)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['listen'], message: 'SNI routes need at least one TLS listener' });
  if (spec.check.type === 'tcp-check') {
    const ports = new Set(spec.platforms.map((p) => p.address.port));
    expectAfterSend(spec.check.steps, spec.check.port ?? (ports.size === 1 ? [...ports][0] : undefined), ctx, ['check', 'steps']);
  }
  const portless = spec.platforms.findIndex((p) => p.address.port === undefined);
  if (portless >= 0 && spec.check.port === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['check', 'port'], message: `is required: platforms[${portless}].address has no port` });
});

export type PassthroughSpecInput = z.input<typeof passthroughSpec>;
export type PassthroughSpec = z.output<typeof passthroughSpec>;
