/**
 * The health-check spec (seeds 001, 003, 004): a service whose servers are health-checked, and a
 * monitor frontend on port+1 that answers 200 while at least one server is up and 503 otherwise.
 */
import { z } from 'zod';
import { balance, bindAddress, globalSettings, name, timeouts, uniqueNames, refined } from './common.js';
import { serviceCheck } from './check.js';
import { effectiveCheck, httpCheckInClear } from './service.js';
import { serviceServer } from './server.js';

const monitor = z
  .object({
    /** Default: the service port + 1. */
    port: z.number().int('must be an integer').min(1, 'must be a port from 1 to 65535').max(65535, 'must be a port from 1 to 65535').optional(),
    uri: z.string().regex(/^\/[A-Za-z0-9_.~!$&'()*+,;=:@%\/-]*$/, 'must be an absolute path like /health').default('/health'),
  })
  .strict()
  .default({});

const fields = z
  .object({
    name: name.default('app'),
    mode: z.enum(['http', 'tcp']).default('http'),
    listen: bindAddress,
    balance: balance.default('roundrobin'),
    servers: z.array(serviceServer).min(1, 'needs at least one server'),
    /** Default: an HTTP check of `/` for `mode: http`, a TCP connect check for `mode: tcp`. */
    check: serviceCheck.optional(),
    monitor,
    global: globalSettings,
    timeouts,
  })
  .strict();

export const healthCheckSpec = refined(fields, (spec, ctx) => {
  uniqueNames(spec.servers, ctx, ['servers'], 'server');
  if (spec.servers.every((s) => s.backup)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['servers'], message: 'needs at least one server that is not a backup' });
  else if (spec.servers.length < 2) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['servers'], message: 'needs at least two servers (a backup counts): with one, a single failed check sends every request a 503' });
  httpCheckInClear(spec.servers, effectiveCheck(spec), ctx, ['servers']);
  const monitorPort = spec.monitor.port ?? spec.listen.port + 1;
  if (monitorPort > 65535) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['monitor', 'port'], message: `is required: listen port ${spec.listen.port} + 1 is not a port` });
  else if (monitorPort === spec.listen.port) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['monitor', 'port'], message: `must differ from the listen port ${spec.listen.port}` });
  const portless = spec.servers.findIndex((s) => s.address.port === undefined);
  if (portless >= 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['servers', portless, 'address'], message: 'needs a port' });
}).transform((spec) => ({
  ...spec,
  check: effectiveCheck(spec),
  monitor: { uri: spec.monitor.uri, port: spec.monitor.port ?? spec.listen.port + 1 },
}));

export type HealthCheckSpecInput = z.input<typeof healthCheckSpec>;
export type HealthCheckSpec = z.output<typeof healthCheckSpec>;
