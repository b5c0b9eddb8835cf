/**
 * The real HAProxy in the foreground (`-db`) on an emitted configuration, in a temp directory with
 * its admin socket; always stopped by `stop()` (SIGTERM, then SIGKILL), which tests call in afterEach.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haproxyBin } from '../../support/haproxy.js';
import { sleep, waitFor } from './net.js';

export { haproxyBin };

export interface RunningHaproxy {
  readonly socket: string;
  /** What haproxy printed so far, for failure messages. */
  output(): string;
  /** A runtime API command on the admin socket. */
  admin(command: string): Promise<string>;
  /** `show stat` as `backend/server` → status (`UP`, `DOWN`, `UP 1/2` …) and last check (`L4OK`, `L4CON` …). */
  serverStatus(): Promise<Map<string, ServerStatus>>;
  stop(): Promise<void>;
}

/** A temp directory for the admin socket, to put into the spec before emitting. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'hacfg-live-'));
}

function adminCommand(socket: string, command: string, ms = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = createConnection(socket);
    let out = '';
    const timer = setTimeout(() => c.destroy(new Error(`admin socket: no answer to '${command}' in ${ms} ms`)), ms);
    c.setEncoding('utf8');
    c.on('connect', () => c.write(`${command}\n`));
    c.on('data', (d: string) => (out += d));
    c.on('end', () => {
      clearTimeout(timer);
      resolve(out);
    });
    c.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

export interface ServerStatus {
  readonly status: string;
  readonly check: string;
}

export function parseShowStat(csv: string): Map<string, ServerStatus> {
  const [header, ...rows] = csv.trim().split('\n');
  const cols = (header ?? '').replace(/^# /, '').split(',');
  const at = (name: string): number => cols.indexOf(name);
  const out = new Map<string, ServerStatus>();
  for (const row of rows) {
    const f = row.split(',');
    const sv = f[at('svname')];
    if (sv && sv !== 'FRONTEND' && sv !== 'BACKEND') out.set(`${f[at('pxname')]}/${sv}`, { status: f[at('status')] ?? '', check: f[at('check_status')] ?? '' });
  }
  return out;
}

export async function startHaproxy(config: string, dir: string, socket: string): Promise<RunningHaproxy> {
  if (!haproxyBin) throw new Error('haproxy not installed');
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  const child: ChildProcess = spawn(haproxyBin, ['-db', '-f', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', HOME: dir, LANG: 'C' } });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // After 'exit', its last output may still be in the pipes: 'close' comes once they are drained.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));

  const h: RunningHaproxy = {
    socket,
    output: () => output,
    admin: (command) => adminCommand(socket, command),
    serverStatus: async () => parseShowStat(await adminCommand(socket, 'show stat')),
    async stop() {
      if (alive) {
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(2000)]);
        if (alive) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    // A refusal to start ends the wait at once, not after the poll's time limit.
    let waiting = true;
    const refused = closed.then(() => (waiting ? Promise.reject(new Error(`haproxy exited:\n${output}`)) : undefined));
    await Promise.race([
      waitFor('haproxy to answer on its admin socket', 5000, async () => {
        if (!alive) throw new Error(`haproxy exited:\n${output}`);
        return (await adminCommand(socket, 'show info')).includes('Name: HAProxy') ? true : undefined;
      }),
      refused,
    ]).finally(() => (waiting = false));
  } catch (e) {
    await h.stop();
    throw e;
  }
  return h;
}

/** Waits until `servers` (`backend/server`) all have `state`: UP by a passed check, or DOWN. */
export async function waitForServers(h: RunningHaproxy, servers: readonly string[], state: 'UP' | 'DOWN', ms = 5000): Promise<void> {
  await waitFor(`${servers.join(', ')} ${state}`, ms, async () => {
    const status = await h.serverStatus();
    const ok = (s: ServerStatus | undefined): boolean => (state === 'UP' ? s?.status === 'UP' && /OK$/.test(s.check) : s?.status === 'DOWN');
    return servers.every((s) => ok(status.get(s))) ? true : undefined;
  }, 20);
}
