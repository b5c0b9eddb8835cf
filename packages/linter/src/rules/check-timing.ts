import { effectiveServers, formatDuration, timeToDown } from '@hacfg/model';
import { defineRule } from '../define-rule.js';

/** A dead server that takes longer than this to leave the pool fails over a minute of requests. */
const SLOW_MS = 60_000;
/** With fall 1 / rise 1, checks this close together turn every hiccup into a state change. */
const FLAP_INTER_MS = 10_000;

export default defineRule({
  id: 'check-timing',
  meta: {
    description: "Warn about 'inter'/'fall'/'rise' values that make health checks flap or react only after minutes",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    messages: {
      flap: "server '{{server}}' checks every {{inter}} with fall 1 and rise 1: a single lost check takes it out and a single answer brings it back, so it flaps; use e.g. fall 3 rise 2",
      slow: "server '{{server}}' is marked DOWN only {{down}} after it dies (inter {{inter}} × fall {{fall}}): requests fail for that long; lower 'inter' or 'fall', or set 'fastinter'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend) continue;
        for (const s of effectiveServers(p)) {
          if (!s.check) continue;
          const data = { server: s.name, inter: formatDuration(s.inter), fall: s.fall, down: formatDuration(timeToDown(s)) };
          if (s.fall <= 1 && s.rise <= 1 && s.inter < FLAP_INTER_MS) ctx.report({ messageId: 'flap', data, range: s.nameRange, doc: p.doc });
          else if (timeToDown(s) > SLOW_MS) ctx.report({ messageId: 'slow', data, range: s.nameRange, doc: p.doc });
        }
      }
    },
  }),
});
