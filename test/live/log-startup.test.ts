// Live proof of log-fails-at-startup (2.6 in CI, another release by hand): what a `log` line names
// is looked up after `haproxy -c` has ended. For each case the real HAProxy accepts the file with
// `-c`, and then starts on 127.0.0.1 exactly when hacfg has no warning for it.
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig } from '../support/haproxy.js';
import { useCleanup } from './support/fixture.js';
import { haproxyBin, scratchDir, startHaproxy } from './support/haproxy-process.js';
import { HOST, freePort } from './support/net.js';

interface Case {
  readonly name: string;
  /** The first release that reads the line this way. */
  readonly since: HaproxyVersion;
  readonly global?: readonly string[];
  readonly defaults?: readonly string[];
  readonly frontend?: readonly string[];
  readonly backend?: readonly string[];
  /** Sections after the proxies. */
  readonly tail?: readonly string[];
}

const RING = ['ring logbuf', '    description "log lines"', '    format rfc5424', '    size 32764'];
const LOG_BACKEND = ['backend logs', '    mode log', '    server s1 udp@127.0.0.1:5514'];

const CASES: readonly Case[] = [
  { name: 'an unknown ring', since: '2.4', global: ['log ring@logbuff local0'], tail: RING },
  { name: 'a declared ring', since: '2.4', global: ['log ring@logbuf local0'], tail: RING },
  { name: 'the built-in buf0 ring', since: '2.4', frontend: ['log ring@buf0 local0'] },
  { name: 'stdout written as a ring', since: '2.4', frontend: ['log ring@stdout local0'] },
  { name: 'the dpapi ring (built in from 3.2)', since: '2.4', global: ['log ring@dpapi local0'] },
  { name: "a defaults section's unknown ring, kept by the frontend", since: '2.4', defaults: ['log ring@nope local0'] },
  { name: "a defaults section's unknown ring, dropped by the frontend only", since: '2.4', defaults: ['log ring@nope local0'], frontend: ['no log'] },
  { name: "a defaults section's unknown ring, dropped with 'no log' by both proxies", since: '2.4', defaults: ['log ring@nope local0'], frontend: ['no log'], backend: ['no log'] },
  { name: 'an unknown log backend', since: '2.9', global: ['log backend@lgos local0'], tail: LOG_BACKEND },
  { name: 'a log backend', since: '2.9', frontend: ['log backend@logs local0'], tail: LOG_BACKEND },
  { name: 'an HTTP backend as log target', since: '2.9', frontend: ['log backend@app local0'] },
  { name: 'an unknown log profile', since: '3.1', frontend: ['log 127.0.0.1:5514 profile nope local0'], tail: ['log-profile p', '    on any drop'] },
  { name: 'a log profile', since: '3.1', frontend: ['log 127.0.0.1:5514 profile p local0'], tail: ['log-profile p', '    on any drop'] },
];

const indent = (lines: readonly string[] = []): string[] => lines.map((l) => `    ${l}`);

function configOf(c: Case, port: number, socket: string): string {
  return [
    'global',
    `    stats socket ${socket} level admin`,
    ...indent(c.global),
    'defaults',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 5s',
    '    timeout server 5s',
    '    timeout http-request 5s',
    ...indent(c.defaults),
    'frontend web',
    `    bind ${HOST}:${port}`,
    ...indent(c.frontend),
    '    default_backend app',
    'backend app',
    `    server s1 ${HOST}:${port + 1}`,
    ...indent(c.backend),
    ...(c.tail ?? []),
    '',
  ].join('\n');
}

describe.skipIf(!haproxyBin)(`live: log lines resolved at start-up, hacfg against haproxy ${ORACLE_VERSION}`, () => {
  const cleanup = useCleanup();
  const cases = CASES.filter((c) => compareVersions(ORACLE_VERSION, c.since) >= 0);

  it('covers both verdicts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const c of cases) {
    it(c.name, { timeout: 30_000 }, async () => {
      const port = await freePort();
      const dir = scratchDir();
      const socket = join(dir, 'admin.sock');
      const config = configOf(c, port, socket);
      const messages = lintText(config, { haproxyVersion: ORACLE_VERSION }).messages;
      expect(messages.filter((m) => m.severity === 'error'), 'no hacfg error: haproxy -c accepts it').toEqual([]);
      const warned = messages.some((m) => m.ruleId === 'log-fails-at-startup');
      const check = await checkConfig(config);
      expect(check.exitCode, check.output).toBe(0);
      let started = true;
      let output = '';
      try {
        const h = await startHaproxy(config, dir, socket);
        cleanup(() => h.stop());
      } catch (e) {
        started = false;
        output = String(e);
      }
      expect(started, `hacfg ${warned ? 'warns' : 'is silent'}; haproxy ${started ? 'starts' : `refuses to start: ${output}`}`).toBe(!warned);
      if (!started) expect(output).toMatch(/ALERT/);
    });
  }
});
