import { LOG_FORMATS, LOG_LEVELS } from '@hacfg/catalog';
import { logLineWords } from '@hacfg/model';
import { expandsEnv } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

const FACILITIES = new Set(['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'auth2', 'ftp', 'ntp', 'audit', 'alert', 'cron2', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7']);
const LEVELS: ReadonlySet<string> = new Set(LOG_LEVELS);
const FORMATS: ReadonlySet<string> = new Set(LOG_FORMATS);

export default defineRule({
  id: 'invalid-log-line',
  meta: {
    description: "Disallow 'log' lines with an unknown format, syslog facility or level, or words after the levels",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      format: "unknown log format '{{value}}' (local, rfc3164, rfc5424, priority, short, timed, iso or raw)",
      facility: "unknown log facility '{{value}}' (kern, user, …, local0 to local7)",
      level: "unknown log level '{{value}}' (emerg, alert, crit, err, warning, notice, info or debug)",
      extra: "'log' cannot handle unexpected argument '{{value}}' (after the facility come at most a level and a minimum level)",
      noFacility: "'log {{target}}' needs a syslog facility after the target (or 'log global')",
      globalAlone: "'log global' takes nothing after it (found '{{word}}'): HAProxy then reads 'global' as a target address",
      noTarget: "'log' needs a target and a syslog facility (or 'global' in a proxy)",
    },
  },
  create: (ctx) => ({
    log(st) {
      const args = st.args;
      if (st.modifier !== undefined) return;
      if (args.length === 0) return ctx.report({ messageId: 'noTarget', range: st.keywordWord });
      if (args[0]!.value === 'global') {
        // Followed by anything, `global` is read as a target address (and is no address).
        if (args.length > 1) ctx.report({ messageId: 'globalAlone', data: { word: args[1]!.value }, range: args[1]! });
        return;
      }
      // Words the line reader expands are unknown here; an unquoted `$VAR` is expanded only in the target address.
      if (args.some(expandsEnv)) return;
      if (args.length === 1) return ctx.report({ messageId: 'noFacility', data: { target: args[0]!.value }, range: args[0]! });
      // Options out of HAProxy's order (or `profile` before 3.1) are read as the facility.
      const { options, facility: i } = logLineWords(args, ctx.version);
      const v = options.get('format');
      if (v && !FORMATS.has(v.value)) ctx.report({ messageId: 'format', data: { value: v.value }, range: v });
      const facility = args[i];
      // The options took the last words: HAProxy reads an empty format or facility.
      if (!facility) {
        const last = args[args.length - 1]!;
        if (options.has('format') && !v) ctx.report({ messageId: 'format', data: { value: '' }, range: last });
        else ctx.report({ messageId: 'noFacility', data: { target: args[0]!.value }, range: last });
        return;
      }
      if (!FACILITIES.has(facility.value)) {
        ctx.report({ messageId: 'facility', data: { value: facility.value }, range: facility });
        return;
      }
      for (const w of args.slice(i + 1, i + 3)) if (!LEVELS.has(w.value)) ctx.report({ messageId: 'level', data: { value: w.value }, range: w });
      const extra = args[i + 3];
      if (extra) ctx.report({ messageId: 'extra', data: { value: extra.value }, range: extra });
    },
  }),
});
