/**
 * Failover: backups take over when every primary is down, either as `backup` servers of one backend
 * or as a second backend chosen by `nbsrv()` before the default rule (first match wins).
 */
import { validate } from '../validate.js';
import { failoverSpec, type FailoverSpecInput } from '../schema/failover.js';
import { backendSection } from './backend.js';
import { bindLine, defaultsSection, globalSection, render, type Section } from './config.js';

export function emitFailover(input: FailoverSpecInput): string {
  const spec = validate('failover', failoverSpec, input);
  const be = `be_${spec.name}`;
  const common = { balance: spec.balance, check: spec.check, cookie: spec.cookie };
  const sections: Section[] = [globalSection(spec.global), defaultsSection(spec.mode, spec.timeouts, { httpRequestTimeout: spec.mode === 'http', redispatch: spec.cookie !== undefined })];
  if (spec.strategy === 'backup-servers') {
    sections.push(
      { header: `frontend fe_${spec.name}`, lines: [...spec.listen.map(bindLine), `default_backend ${be}`] },
      backendSection({
        ...common,
        name: be,
        servers: [...spec.primary, ...spec.backup.map((s) => ({ ...s, backup: true }))],
        allBackups: spec.allBackups,
        comments: ['Backup servers get traffic only when every primary server is down.'],
      }),
    );
  } else {
    const backup = `${be}_backup`;
    sections.push(
      {
        header: `frontend fe_${spec.name}`,
        lines: [
          ...spec.listen.map(bindLine),
          `# nbsrv() counts the usable servers of ${be}: when none is up, use ${backup}. Placed before default_backend.`,
          `use_backend ${backup} if { nbsrv(${be}) lt 1 }`,
          `default_backend ${be}`,
        ],
      },
      backendSection({ ...common, name: be, servers: spec.primary }),
      backendSection({ ...common, name: backup, servers: spec.backup }),
    );
  }
  return render(`${spec.name}: failover from primary to backup ${spec.strategy === 'backup-servers' ? 'servers' : 'backend'}.`, sections);
}
