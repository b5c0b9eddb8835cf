import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { reportAgainstFirst, settingLines } from '../util/global-lines.js';

/**
 * Global keywords whose parser refuses a second line outright ("'crt-base' already specified."),
 * from the release that has them; the other repeated settings only get "Continuing." and keep the
 * first value.
 */
const ONCE: readonly (readonly [string, HaproxyVersion])[] = [
  ['ca-base', '2.4'],
  ['crt-base', '2.4'],
  ['key-base', '3.0'],
  ['shm-stats-file', '3.3'],
  ['shm-stats-file-max-objects', '3.3'],
];

export default defineRule({
  id: 'global-setting-repeated',
  meta: {
    description: "Disallow a second 'ca-base', 'crt-base', 'key-base' or 'shm-stats-file' line, which HAProxy refuses",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: { repeated: "'{{name}}' already specified at line {{line}}: HAProxy accepts it once; keep one line" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const [name, since] of ONCE) {
        if (compareVersions(ctx.version, since) < 0) continue;
        const [first, ...again] = settingLines(ctx.config, [name]);
        if (first) reportAgainstFirst(ctx, first, again, 'repeated', {}, `first '${name}'`);
      }
    },
  }),
});
