// `hacfg parse`: JSON and tree output, exit codes, byte-exact reading of any file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, encode, parse } from '../src/index.js';
import { runCli } from './helpers.js';

describe('hacfg parse', () => {
  it('prints the AST as JSON with 1-based ranges and exits 0', async () => {
    const r = await runCli(['parse', '-', '--json'], 'backend b\n    server s1 10.0.0.1:80 check\n');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const server = json.sections[0].statements[0];
    expect(server.type).toBe('server');
    expect(server.name.value).toBe('s1');
    expect(server.range.start).toEqual({ line: 2, column: 5, offset: 14 });
    expect(server.address.port).toBe('80');
  });

  it('prints a tree summary', async () => {
    const r = await runCli(['parse', '-'], 'frontend f\n  use_backend b if { path /x }\n');
    expect(r.stdout).toContain('section frontend f');
    expect(r.stdout).toContain('backend-rule: use_backend b if');
  });

  it('exits 1 on syntax errors and reports file:line:column', async () => {
    const r = await runCli(['parse', '-'], 'global\n  description "open\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:2:15: error: unmatched quote');
  });

  it('exits 2 on a missing file and on usage errors', async () => {
    expect((await runCli(['parse', '/nonexistent/haproxy.cfg'])).code).toBe(2);
    expect((await runCli(['parse'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('reads a file from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hacfg-'));
    writeFileSync(join(dir, 'a.cfg'), 'global\n  maxconn 10\n');
    const r = await runCli(['parse', join(dir, 'a.cfg')]);
    expect([r.code, r.stdout.includes('maxconn: maxconn 10')]).toEqual([0, true]);
  });
});

describe('byte-exact reading', () => {
  it.each([
    ['latin1 comment', Buffer.from('global # caf\xe9 \xff\n', 'latin1')],
    ['UTF-8 with BOM', Buffer.from('\uFEFFglobal # café\n', 'utf8')],
    ['CRLF and lone CR', Buffer.from('global\r\n  maxconn 1\rx\r\n', 'latin1')],
    ['invalid UTF-8 sequence', Buffer.from([0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x20, 0x23, 0xc3, 0x28, 0x0a])],
  ])('%s round-trips through decode → parse → print → encode', (_n, bytes) => {
    const { text, encoding } = decode(bytes);
    expect(encode(parse(text).toString(), encoding).equals(bytes)).toBe(true);
  });
});
