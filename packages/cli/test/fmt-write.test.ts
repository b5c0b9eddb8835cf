// `hacfg fmt --write`: atomic, only when the content changes, mode and symlinks kept, never loses data.
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { AtomicFs } from '../src/atomic-write.js';
import { fmtCommand } from '../src/commands/fmt.js';
import { runCli } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'hacfg-fmt-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const messy = 'global\n  maxconn   10\nbackend b\n\tserver a 10.0.0.1:80\n';
const tidy = 'global\n    maxconn 10\n\nbackend b\n    server a 10.0.0.1:80\n';

function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(root, 'case-'));
  writeFileSync(join(d, '.editorconfig'), 'root = true\n');
  for (const [rel, content] of Object.entries(files)) writeFileSync(join(d, rel), content);
  return d;
}

/** Runs the command in-process with a file system whose steps can fail. */
async function fmtWith(fs: AtomicFs, d: string, args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = new PassThrough();
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const ctx = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, cwd: d, env: {} };
  const code = await fmtCommand(args, { write: true }, ctx, { fs });
  return { code, stderr };
}

describe('hacfg fmt --write', () => {
  it('rewrites changed files, keeps their mode, and leaves formatted ones alone', async () => {
    const d = dir({ 'messy.cfg': messy, 'tidy.cfg': tidy });
    chmodSync(join(d, 'messy.cfg'), 0o640);
    const before = statSync(join(d, 'tidy.cfg'));
    expect(await runCli(['fmt', '--write', '.'], '', d)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(d, 'messy.cfg'), 'utf8')).toBe(tidy);
    expect(statSync(join(d, 'messy.cfg')).mode & 0o777).toBe(0o640);
    const after = statSync(join(d, 'tidy.cfg'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readdirSync(d).sort()).toEqual(['.editorconfig', 'messy.cfg', 'tidy.cfg']);
  });

  it('writes the bytes back in the encoding they were read in (latin1 stays latin1)', async () => {
    const bytes = Buffer.from('global\n  description caf\xe9   \n', 'latin1');
    const d = dir({ 'l1.cfg': bytes });
    expect((await runCli(['fmt', '--write', 'l1.cfg'], '', d)).code).toBe(0);
    expect(readFileSync(join(d, 'l1.cfg'))).toEqual(Buffer.from('global\n    description caf\xe9\n', 'latin1'));
  });

  it('rewrites the target of a symlink and keeps the link', async () => {
    const d = dir({ 'real.cfg': messy });
    symlinkSync('real.cfg', join(d, 'link.cfg'));
    expect((await runCli(['fmt', '--write', 'link.cfg'], '', d)).code).toBe(0);
    expect(lstatSync(join(d, 'link.cfg')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.cfg'))).toBe('real.cfg');
    expect(readFileSync(join(d, 'real.cfg'), 'utf8')).toBe(tidy);
  });

  it('leaves a file with syntax errors untouched and exits 2', async () => {
    const broken = 'global\n  log "unterminated\n  maxconn   10\n';
    const d = dir({ 'broken.cfg': broken, 'messy.cfg': messy });
    const before = statSync(join(d, 'broken.cfg'));
    const r = await runCli(['fmt', '--write', '.'], '', d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.cfg: not formatted');
    expect(readFileSync(join(d, 'broken.cfg'), 'utf8')).toBe(broken);
    expect(statSync(join(d, 'broken.cfg')).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(join(d, 'messy.cfg'), 'utf8')).toBe(tidy);
  });

  it('keeps the original intact and removes the temp file when the rename fails', async () => {
    const d = dir({ 'a.cfg': messy });
    const failing: AtomicFs = { ...fsp, rename: () => Promise.reject(Object.assign(new Error('EIO: simulated rename failure'), { code: 'EIO' })) };
    const r = await fmtWith(failing, d, ['a.cfg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.cfg: EIO: simulated rename failure');
    expect(readFileSync(join(d, 'a.cfg'), 'utf8')).toBe(messy);
    expect(readdirSync(d).sort()).toEqual(['.editorconfig', 'a.cfg']);
  });

  it('keeps the original intact when the process dies between the temp file and the rename', async () => {
    const d = dir({ 'a.cfg': messy });
    // A death there means: the temp file is complete, the rename never happens, no cleanup runs.
    const dying: AtomicFs = { ...fsp, rename: () => Promise.reject(new Error('killed')), unlink: () => Promise.reject(new Error('killed')) };
    expect((await fmtWith(dying, d, ['a.cfg'])).code).toBe(2);
    expect(readFileSync(join(d, 'a.cfg'), 'utf8')).toBe(messy);
    const leftovers = readdirSync(d).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    // What was left is the complete new content, beside the untouched original, never over it.
    expect(readFileSync(join(d, leftovers[0]!), 'utf8')).toBe(tidy);
  });

  it('keeps the original intact when writing the temp file fails', async () => {
    const d = dir({ 'a.cfg': messy });
    const full: AtomicFs = {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const fh = await fsp.open(...args);
        return Object.assign(Object.create(fh) as typeof fh, { writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })), sync: () => fh.sync(), close: () => fh.close() });
      }) as typeof fsp.open,
    };
    const r = await fmtWith(full, d, ['a.cfg']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, 'a.cfg'), 'utf8')).toBe(messy);
    expect(readdirSync(d).sort()).toEqual(['.editorconfig', 'a.cfg']);
  });
});
