import { effectiveServers } from '@hacfg/model';
import type { CheckRuleStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** Protocols where the server speaks first (FTP, SSH, SMTP, POP3, IMAP, submission, MySQL, …): expecting first is right. */
const BANNER_PORTS: ReadonlySet<number> = new Set([21, 22, 25, 110, 143, 465, 587, 993, 995, 3306]);
const META = new Set(['comment', 'set-var', 'unset-var']);

export default defineRule({
  id: 'tcp-check-order',
  meta: {
    description: "Report 'tcp-check' sequences that expect a reply before sending anything",
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: {
      expectFirst: "'tcp-check expect' waits for the server to speak first, but nothing was sent: unless the server sends a banner (SMTP, FTP, MySQL…), the check times out and marks it DOWN",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        const rules = p.statements.filter((s): s is CheckRuleStatement => s.type === 'check-rule' && s.keyword === 'tcp-check' && s.action !== undefined);
        const steps = rules.filter((r) => !META.has(r.action!.value.split('(')[0]!));
        if (steps.length === 0) continue;
        // A step before the first connect is tcp-check-connect-first's error; nothing to add here.
        if (steps[0]!.action!.value !== 'connect' && steps.some((s) => s.action!.value === 'connect')) continue;
        const checkPorts = effectiveServers(p).filter((s) => s.check).map((s) => s.checkPort);
        let port: number | undefined = checkPorts.length > 0 && checkPorts.every((x) => x === checkPorts[0]) ? checkPorts[0] : undefined;
        let sent = false;
        for (const s of steps) {
          const a = s.action!.value;
          if (a === 'connect') {
            const i = s.actionArgs.findIndex((w) => w.value === 'port');
            const v = i >= 0 ? Number(s.actionArgs[i + 1]?.value) : NaN;
            if (Number.isInteger(v)) port = v;
            sent = false;
          } else if (a.startsWith('send')) sent = true;
          else if (a === 'expect' && !sent && !(port !== undefined && BANNER_PORTS.has(port))) {
            ctx.report({ messageId: 'expectFirst', range: s.action!, doc: p.doc });
            break;
          } else if (a === 'expect') sent = true;
        }
      }
    },
  }),
});
