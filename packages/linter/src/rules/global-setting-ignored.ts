import { atol, compareVersions, globalKeyword } from '@hacfg/catalog';
import type { GlobalLine } from '@hacfg/model';
import { defineRule } from '../define-rule.js';
import { usesEnv } from '../util/env.js';
import { reportAgainstFirst, settingLines } from '../util/global-lines.js';

/**
 * Global settings HAProxy keeps the first value of: a later line gets "already specified.
 * Continuing." (an alert, not an error) once the first one stored something, i.e. a path or
 * name, or a number other than 0. `user`/`uid` and `group`/`gid` fill one setting each.
 * Probed with haproxy 2.6; the same parsers hold from 2.4 to 3.4, except that from 3.3 an unset
 * uid/gid is -1, so `root` and id 0 set them too (checked with 3.4.0).
 */
const TEXT = ['chroot', 'cluster-secret', 'log-send-hostname', 'pidfile', 'server-state-base', 'server-state-file'];
const NUMBER = ['fd-hard-limit', 'maxconn', 'maxconnrate', 'maxpipes', 'maxsessrate', 'maxsslrate', 'spread-checks', 'tune.maxaccept', 'tune.maxpollevents', 'tune.rcvbuf.client', 'tune.rcvbuf.server', 'tune.runqueue-depth', 'tune.sndbuf.client', 'tune.sndbuf.server', 'ulimit-n'];
/** Settings written by two keywords; until 3.2 `root` (and id 0) leaves them unset. */
const ID = [['user', 'uid'], ['group', 'gid']] as const;

export default defineRule({
  id: 'global-setting-ignored',
  meta: {
    description: "Warn about a global setting written twice ('maxconn', 'pidfile', 'user' …): HAProxy keeps the first value and ignores the later line",
    severity: 'warning',
    category: 'order',
    fixable: false,
    messages: { ignored: "'{{name}}' is ignored: line {{line}} already set '{{first}}', and HAProxy keeps the first value" },
  },
  create: (ctx) => {
    const check = (keywords: readonly string[], stored: (l: GlobalLine) => boolean): void => {
      const lines = settingLines(ctx.config, keywords.filter((k) => globalKeyword(k, ctx.version)));
      const first = lines.findIndex(stored);
      if (first >= 0) reportAgainstFirst(ctx, lines[first]!, lines.slice(first + 1), 'ignored', { first: lines[first]!.statement.keyword }, 'the value HAProxy keeps');
    };
    const value = (l: GlobalLine) => l.statement.args[0];
    return {
      'config:exit'() {
        for (const k of TEXT) check([k], () => true);
        for (const k of NUMBER) check([k], (l) => { const v = value(l); return v !== undefined && (usesEnv(v) || atol(v.value) !== 0); });
        const rootSets = compareVersions(ctx.version, '3.3') >= 0;
        for (const pair of ID) {
          check(pair, (l) => {
            const v = value(l);
            if (v === undefined) return false;
            // A name is looked up (a failure is fatal); a uid/gid that is no number is refused with a warning and stores nothing.
            if (rootSets) return usesEnv(v) || l.statement.keyword === pair[0] || /^\d+$/.test(v.value);
            return v.value !== 'root' && (usesEnv(v) || !/^\d+$/.test(v.value) || atol(v.value) !== 0);
          });
        }
      },
    };
  },
});
