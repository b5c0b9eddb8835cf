/**
 * The failover spec (seed 002): primary servers plus backups, either as `backup` servers of the same
 * backend or as a backup backend chosen by an `nbsrv()` ACL, with optional cookie persistence.
 */
import { z } from 'zod';
import { balance, bindAddress, globalSettings, name, timeouts, refined } from './common.js';
import { serviceCheck } from './check.js';
import { effectiveCheck, httpCheckInClear } from './service.js';
import { failoverServer } from './server.js';

const cookie = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a cookie name of letters, digits, "-" or "_"').default('SRVID'),
    mode: z.enum(['insert', 'rewrite', 'prefix']).default('insert'),
    /** `indirect` (default with insert): the server never sees the cookie; not with rewrite. */
    indirect: z.boolean().optional(),
    /** `nocache`: responses that set the cookie are not cached by shared caches. */
    nocache: z.boolean().default(true),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.indirect && c.mode === 'rewrite') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['indirect'], message: 'cannot be used with mode "rewrite" (HAProxy refuses the combination)' });
  })
  .transform((c) => ({ ...c, indirect: c.indirect ?? c.mode === 'insert' }));

const fields = z
  .object({
    name: name.default('app'),
    mode: z.enum(['http', 'tcp']).default('http'),
    /** One listener or several. */
    listen: z.union([bindAddress.transform((b) => [b]), z.array(bindAddress).min(1, 'needs at least one listener')]),
    balance: balance.default('roundrobin'),
    /** `backup-servers`: backups in the same backend; `backup-backend`: a second backend chosen by `nbsrv()`. */
    strategy: z.enum(['backup-servers', 'backup-backend']).default('backup-servers'),
    primary: z.array(failoverServer).min(1, 'needs at least one primary server'),
    backup: z.array(failoverServer).min(1, 'needs at least one backup server'),
    /** With `backup-servers`: use all backups at once instead of only the first (`option allbackups`). */
    allBackups: z.boolean().default(false),
    check: serviceCheck.optional(),
    cookie: cookie.optional(),
    global: globalSettings,
    timeouts,
  })
  .strict();

export const failoverSpec = refined(fields, (spec, ctx) => {
  httpCheckInClear(spec.primary, effectiveCheck(spec), ctx, ['primary']);
  httpCheckInClear(spec.backup, effectiveCheck(spec), ctx, ['backup']);
  if (spec.allBackups && spec.strategy !== 'backup-servers') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['allBackups'], message: 'applies only to strategy "backup-servers"' });
  if (spec.cookie && spec.mode !== 'http') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cookie'], message: 'cookie persistence needs mode "http"' });
  const names = new Map<string, string>();
  const cookies = new Map<string, string>();
  for (const group of ['primary', 'backup'] as const) {
    spec[group].forEach((s, i) => {
      const where = names.get(s.name);
      if (where !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [group, i, 'name'], message: `duplicate server name "${s.name}" (also ${where})` });
      else names.set(s.name, `${group}[${i}]`);
      if (s.address.port === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [group, i, 'address'], message: 'needs a port' });
      if (!spec.cookie) return;
      // Two servers with one cookie value make persistence pick whichever comes first (seed 002).
      const value = s.cookie ?? s.name;
      const other = cookies.get(value);
      if (other !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [group, i, 'cookie'], message: `cookie value "${value}" is already used by server "${other}"` });
      else cookies.set(value, s.name);
    });
  }
}).transform((spec) => ({ ...spec, check: effectiveCheck(spec) }));

export type FailoverSpecInput = z.input<typeof failoverSpec>;
export type FailoverSpec = z.output<typeof failoverSpec>;
