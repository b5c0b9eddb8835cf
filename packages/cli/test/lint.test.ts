import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';

async function cli(args: string[], cwd: string, stdin = '', env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await run(args, { stdin: Readable.from([stdin]), stdout, stderr, cwd, env });
  return { code, out, err };
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'hacfg-lint-'));
const GOOD = 'defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\nfrontend f\n  bind :80\n  default_backend b\nbackend b\n  server s 10.0.0.1:80\n';

describe('hacfg lint', () => {
  it('exits 0 on a clean file and 1 with errors, with file:line:col and a code frame', async () => {
    const d = dir();
    writeFileSync(join(d, 'ok.cfg'), GOOD);
    writeFileSync(join(d, 'bad.cfg'), GOOD.replace('default_backend b', 'default_backend bb'));
    expect((await cli(['lint', 'ok.cfg'], d)).code).toBe(0);
    const r = await cli(['lint', '--no-color', 'bad.cfg'], d);
    expect(r.code).toBe(1);
    expect(r.out).toContain("bad.cfg:8:19: error: unable to find backend 'bb' required by 'default_backend'; did you mean 'b' maybe ?  undefined-backend");
    expect(r.out).toContain('> 8 |   default_backend bb');
  });

  it('combines -f files into one configuration, in order', async () => {
    const d = dir();
    mkdirSync(join(d, 'conf.d'));
    writeFileSync(join(d, 'a.cfg'), GOOD.split('\nbackend b')[0]! + '\n');
    writeFileSync(join(d, 'conf.d', '10-b.cfg'), 'backend b\n  server s 10.0.0.1:80\n');
    expect((await cli(['lint', 'a.cfg'], d)).code).toBe(1);
    expect((await cli(['lint', '-f', 'a.cfg', '-f', 'conf.d'], d)).code).toBe(0);
  });

  it('reads stdin, honours --rule, --quiet, --max-warnings and usage errors', async () => {
    const d = dir();
    const warn = GOOD.replace('  timeout client 5s\n', '');
    expect((await cli(['lint', '-'], d, warn)).code).toBe(0);
    expect((await cli(['lint', '--max-warnings', '0', '-'], d, warn)).code).toBe(1);
    expect((await cli(['lint', '--rule', 'missing-timeouts=error', '-'], d, warn)).code).toBe(1);
    expect((await cli(['lint', '--quiet', '--format', 'compact', '-'], d, warn)).out).toBe('');
    const unknown = await cli(['lint', '--rule', 'nope=off', '-'], d, warn);
    expect(unknown.code).toBe(2);
    // A usage error says what is wrong, without a stack trace.
    expect(unknown.err).toBe("hacfg: --rule: unknown rule 'nope'\n");
    expect((await cli(['lint', '--haproxy-version', '1.8', '-'], d, warn)).code).toBe(2);
    expect((await cli(['lint', 'missing.cfg'], d)).code).toBe(2);
  });

  it('uses the nearest .hacfg.json (version, rules, ignore)', async () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, '.hacfg.json'), JSON.stringify({ haproxyVersion: '2.4', rules: { 'missing-timeouts': 'off' }, ignore: ['sub/skip*.cfg'] }));
    writeFileSync(join(d, 'sub', 'x.cfg'), 'global\n  nbproc 2\n');
    writeFileSync(join(d, 'sub', 'skip.cfg'), 'bogus\n');
    expect((await cli(['lint', 'sub'], d)).code).toBe(0);
    expect((await cli(['lint', '--haproxy-version', '2.6', 'sub'], d)).code).toBe(1);
  });

  it('--fix rewrites safely and keeps the file mode', async () => {
    const d = dir();
    const p = join(d, 'old.cfg');
    writeFileSync(p, 'defaults\n  contimeout 5s\n  option http-use-htx\n');
    chmodSync(p, 0o640);
    const r = await cli(['lint', '--fix', '--haproxy-version', '2.6', 'old.cfg'], d);
    expect(readFileSync(p, 'utf8')).toBe('defaults\n  timeout connect 5s\n');
    expect(statSync(p).mode & 0o777).toBe(0o640);
    expect(r.code).toBe(0);
  });

  it('prints ESLint-shaped JSON and GitHub annotations', async () => {
    const d = dir();
    const r = await cli(['lint', '--format', 'json', '-'], d, 'backend b\n  server s 10.0.0.1:80\n  server s 10.0.0.2:80\n');
    const [res] = JSON.parse(r.out) as { filePath: string; messages: { ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number }[]; errorCount: number }[];
    expect(res!.filePath).toBe('<stdin>');
    expect(res!.messages.find((m) => m.ruleId === 'duplicate-server-name')).toMatchObject({ severity: 2, line: 3, column: 10, endLine: 3, endColumn: 11 });
    const g = await cli(['lint', '--format', 'github', '-'], d, 'backend b\n  server s 10.0.0.1:80\n  server s 10.0.0.2:80\n');
    expect(g.out).toContain('::error file=<stdin>,line=3,col=10,endLine=3,endColumn=11,title=duplicate-server-name::');
  });

  it('prints SARIF 2.1.0 that validates against the schema', async () => {
    const d = dir();
    const r = await cli(['lint', '--format', 'sarif', '-'], d, 'frontend f\n  bind :80\n  use_backed x\n');
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // A CommonJS module: under NodeNext the class is its `default` export.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(r.out) as { runs: { results: { ruleId: string }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('unknown-keyword');
  });

  it('lists rules and explains one', async () => {
    const d = dir();
    expect((await cli(['rules'], d)).out).toMatch(/^undefined-backend\s+error/m);
    expect((await cli(['explain', 'undefined-acl'], d)).out).toMatch(/^# undefined-acl\n/);
    expect((await cli(['explain', 'nope'], d)).code).toBe(2);
  });
});

describe('hacfg lint environment', () => {
  const ENV_CFG = 'defaults\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\nfrontend f\n  bind "*:${PORT}"\n  default_backend b\nbackend b\n  server s 10.0.0.1:80\n';
  const runWith = async (args: string[], cwd: string, env: Record<string, string>): Promise<number> =>
    run(args, { stdin: Readable.from(['']), stdout: new PassThrough(), stderr: new PassThrough(), cwd, env });

  it('lints with an empty environment unless told otherwise', async () => {
    const d = dir();
    writeFileSync(join(d, 'env.cfg'), ENV_CFG);
    const r = await cli(['lint', '--no-color', 'env.cfg'], d);
    expect(r.code).toBe(1);
    expect(r.out).toContain("missing port specification in '*:${PORT}'");
    expect((await cli(['lint', '--env', 'PORT=8080', 'env.cfg'], d)).code).toBe(0);
    expect(await runWith(['lint', 'env.cfg'], d, { PORT: '8080' })).toBe(1);
    expect(await runWith(['lint', '--inherit-env', 'env.cfg'], d, { PORT: '8080' })).toBe(0);
    expect((await cli(['lint', '--env', 'PORT', 'env.cfg'], d)).code).toBe(2);
  });
});

describe('hacfg lint HACFG_TIMING', () => {
  const timed = (mode: string, d: string): Promise<{ code: number; out: string; err: string }> => cli(['lint', '--no-color', 'ok.cfg'], d, '', { HACFG_TIMING: mode });

  it('prints phases and the 10 slowest rules on stderr, or all of them with =all', async () => {
    const d = dir();
    writeFileSync(join(d, 'ok.cfg'), GOOD);
    const top = await timed('1', d);
    const plain = await cli(['lint', '--no-color', 'ok.cfg'], d);
    expect(top.code).toBe(plain.code);
    expect(top.out).toBe(plain.out);
    expect(plain.err).toBe('');
    const rows = top.err.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^Rule\s+Time \(ms\)\s+Share$/);
    expect(rows).toHaveLength(11);
    for (const r of rows.slice(1)) expect(r).toMatch(/^\S+\s+\d+\.\d\s+\d+\.\d%$/);
    const all = (await timed('all', d)).err.trimEnd().split('\n');
    const names = all.slice(1).map((r) => r.split(/\s+/)[0]);
    expect(names).toEqual(expect.arrayContaining(['(parse)', '(ast+model)', '(results)', 'undefined-backend', 'unused-acl']));
    // Every rule that ran and the three phases, nothing twice.
    expect(new Set(names).size).toBe(names.length);
  });
});
