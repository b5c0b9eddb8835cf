/** Cross-field rules shared by the service setups (health-check and failover). */
import { z } from 'zod';
import { TLS_PORTS, serviceCheck, type ServiceCheck } from './check.js';

/** The check given, or the default: HTTP for `mode: http`, a TCP connect for `mode: tcp`. */
export function effectiveCheck(spec: { mode: 'http' | 'tcp'; check?: ServiceCheck | undefined }): ServiceCheck {
  return spec.check ?? serviceCheck.parse({ type: spec.mode === 'http' ? 'http' : 'tcp' });
}

/** An HTTP check in clear on a port that usually speaks TLS would fail there. */
export function httpCheckInClear(servers: readonly { address: { port?: number } }[], check: ServiceCheck | undefined, ctx: z.RefinementCtx, path: (string | number)[]): void {
  if (check?.type !== 'http') return;
  if (check.port !== undefined) {
    if (TLS_PORTS.has(check.port)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['check', 'port'], message: `port ${check.port} usually speaks TLS: an HTTP check in clear fails there; use a tcp check or the passthrough setup (HTTP checks over TLS)` });
    return;
  }
  const i = servers.findIndex((s) => s.address.port !== undefined && TLS_PORTS.has(s.address.port));
  if (i >= 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path, i, 'address'], message: `port ${servers[i]!.address.port} usually speaks TLS: an HTTP check in clear fails there; use a tcp check, a check.port that speaks HTTP, or the passthrough setup` });
}
