/**
 * Health check: the service's backend checks every server, and a monitor frontend on port+1 answers
 * 200 while `nbsrv()` counts at least one usable server (backups included) and 503 otherwise.
 */
import { validate } from '../validate.js';
import { healthCheckSpec, type HealthCheckSpecInput } from '../schema/health-check.js';
import { backendSection } from './backend.js';
import { bindLine, defaultsSection, globalSection, render } from './config.js';

export function emitHealthCheck(input: HealthCheckSpecInput): string {
  const spec = validate('health-check', healthCheckSpec, input);
  const be = `be_${spec.name}`;
  return render(`${spec.name}: health-checked servers and a monitor on port ${spec.monitor.port}.`, [
    globalSection(spec.global),
    // The monitor frontend speaks HTTP even for a TCP service, so it gets an HTTP request timeout too.
    defaultsSection(spec.mode, spec.timeouts, { httpRequestTimeout: true }),
    { header: `frontend fe_${spec.name}`, lines: [bindLine(spec.listen), `default_backend ${be}`] },
    {
      header: `frontend fe_${spec.name}_monitor`,
      comments: [`For an upstream load balancer: ${spec.monitor.uri} is 200 while at least one server of ${be} is up, 503 when none is.`],
      lines: ['mode http', bindLine({ host: spec.listen.host, port: spec.monitor.port }), `monitor-uri ${spec.monitor.uri}`, `monitor fail if { nbsrv(${be}) lt 1 }`],
    },
    backendSection({
      name: be,
      balance: spec.balance,
      check: spec.check,
      servers: spec.servers,
      ...(spec.servers.some((s) => s.backup) ? { comments: ['Backup servers (e.g. on neighbouring nodes) get traffic only when no other server is up.'] } : {}),
    }),
  ]);
}
