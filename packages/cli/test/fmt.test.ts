// `hacfg fmt`: stdout, --check, --diff, directories, option sources, exit codes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { runCli } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'hacfg-fmt-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const messy = 'global\n  maxconn   10\nbackend b\n\tserver a 10.0.0.1:80   # primary\n';
const tidy = 'global\n    maxconn 10\n\nbackend b\n    server a 10.0.0.1:80 # primary\n';

/** A fresh directory with these files; `.editorconfig` with root=true so nothing above leaks in. */
function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(root, 'case-'));
  writeFileSync(join(d, '.editorconfig'), 'root = true\n');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(d, rel, '..'), { recursive: true });
    writeFileSync(join(d, rel), content);
  }
  return d;
}

describe('hacfg fmt', () => {
  it('formats standard input to standard output', async () => {
    const d = dir({});
    expect(await runCli(['fmt', '-'], messy, d)).toEqual({ code: 0, stdout: tidy, stderr: '' });
  });

  it('formats files to standard output, in order', async () => {
    const d = dir({ 'a.cfg': messy, 'b.cfg': 'defaults\n mode http\n' });
    const r = await runCli(['fmt', 'b.cfg', 'a.cfg'], '', d);
    expect(r).toEqual({ code: 0, stdout: 'defaults\n    mode http\n' + tidy, stderr: '' });
  });

  it('--check lists the files that would change and exits 1', async () => {
    const d = dir({ 'messy.cfg': messy, 'tidy.cfg': tidy });
    expect(await runCli(['fmt', '--check', 'messy.cfg', 'tidy.cfg'], '', d)).toEqual({ code: 1, stdout: 'messy.cfg\n', stderr: '' });
    expect(await runCli(['fmt', '--check', 'tidy.cfg'], '', d)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--diff prints a unified diff', async () => {
    const d = dir({ 'messy.cfg': messy });
    const r = await runCli(['fmt', '--diff', 'messy.cfg'], '', d);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '--- a/messy.cfg\n+++ b/messy.cfg\n@@ -1,4 +1,5 @@\n global\n-  maxconn   10\n+    maxconn 10\n+\n backend b\n-\tserver a 10.0.0.1:80   # primary\n+    server a 10.0.0.1:80 # primary\n',
    );
    expect((await runCli(['fmt', '--diff', '--check', 'messy.cfg'], '', d)).code).toBe(1);
  });

  it('expands a directory to its *.cfg files in byte order', async () => {
    const d = dir({ 'conf/b.cfg': messy, 'conf/A.cfg': messy, 'conf/notes.txt': 'x  y\n', 'conf/sub/c.cfg': messy });
    expect(await runCli(['fmt', '--check', 'conf'], '', d)).toEqual({ code: 1, stdout: 'conf/A.cfg\nconf/b.cfg\n', stderr: '' });
  });

  it('keeps CRLF line endings and prints latin1 input back as latin1 bytes', async () => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const stdin = Readable.from([Buffer.from('global\r\n  description caf\xe9\r\n', 'latin1')]);
    const code = await run(['fmt', '-'], { stdin, stdout: out, stderr: new PassThrough(), cwd: dir({}), env: {} });
    expect(code).toBe(0);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from('global\r\n    description caf\xe9\r\n', 'latin1'));
  });

  it('refuses input with syntax errors: exit 2, errors on stderr, the input echoed unchanged', async () => {
    const d = dir({});
    const broken = 'global\n  log "unterminated\n  maxconn   10\n';
    const r = await runCli(['fmt', '-'], broken, d);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(broken);
    expect(r.stderr).toContain('<stdin>:2:7: error: unmatched quote');
    expect((await runCli(['fmt', '--force', '-'], broken, d)).stdout).toBe('global\n  log "unterminated\n    maxconn 10\n');
  });

  it('reports a missing file with exit 2 and still formats the others', async () => {
    const d = dir({ 'a.cfg': messy });
    const r = await runCli(['fmt', '--check', 'missing.cfg', 'a.cfg'], '', d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.cfg: ENOENT/);
    expect(r.stdout).toBe('a.cfg\n');
  });

  it.each([
    [['fmt'], /no input/],
    [['fmt', '--write', '--check', 'a.cfg'], /cannot be combined/],
    [['fmt', '--write', '-'], /standard input/],
    [['fmt', '--indent', 'two', '-'], /--indent expects/],
    [['fmt', '--end-of-line', 'cr', '-'], /--end-of-line expects/],
    [['fmt', '--indent', '0', '-'], /indent width/],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const r = await runCli(args, messy, dir({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('takes options from .editorconfig, then .hacfg.json, then flags', async () => {
    const d = dir({ 'conf/a.cfg': 'backend b\n server a 1.1.1.1:80 check\n server bb 2.2.2.2:80 check\n' });
    writeFileSync(join(d, '.editorconfig'), 'root = true\n[*.cfg]\nindent_style = space\nindent_size = 2\n');
    expect((await runCli(['fmt', 'conf/a.cfg'], '', d)).stdout).toBe('backend b\n  server a 1.1.1.1:80 check\n  server bb 2.2.2.2:80 check\n');
    writeFileSync(join(d, '.hacfg.json'), JSON.stringify({ format: { alignServers: true } }));
    expect((await runCli(['fmt', 'conf/a.cfg'], '', d)).stdout).toBe('backend b\n  server a  1.1.1.1:80 check\n  server bb 2.2.2.2:80 check\n');
    expect((await runCli(['fmt', '--tabs', '--no-align-servers', 'conf/a.cfg'], '', d)).stdout).toBe('backend b\n\tserver a 1.1.1.1:80 check\n\tserver bb 2.2.2.2:80 check\n');
    // Standard input takes the settings of --stdin-filepath (default: haproxy.cfg in the working directory).
    expect((await runCli(['fmt', '--stdin-filepath', 'conf/x.cfg', '-'], 'global\n maxconn 1\n', d)).stdout).toBe('global\n  maxconn 1\n');
  });

  it('reports a bad .hacfg.json format section with exit 2', async () => {
    const d = dir({ 'a.cfg': messy, '.hacfg.json': '{"format":{"indentWidth":"wide"}}' });
    const r = await runCli(['fmt', 'a.cfg'], '', d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/indent width must be an integer/);
  });
});
