// What `hacfg` loads when it starts: CI runs it once per file, so libraries that only one command
// needs (zod and yaml for `generate`, editorconfig and diff for `fmt`) must not load for `lint`,
// chevrotain must come from its single-file build, not its several hundred lodash-es modules, and our
// own packages from the bundle `npm run build` writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/corpus.js';

function loadedBy(args: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hacfg-startup-'));
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(cfg, 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(repoRoot, 'test/startup/register.mjs')).href, join(repoRoot, 'packages/cli/bin/hacfg.js'), ...args.map((a) => (a === 'CFG' ? cfg : a))], {
    encoding: 'utf8',
    env: { ...process.env, HACFG_LOAD_LOG: log },
  });
  expect(r.status, r.stderr).not.toBe(2);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const pkg = (urls: readonly string[], name: string): string[] => urls.filter((u) => u.includes(`/node_modules/${name}/`));

describe('hacfg startup', () => {
  it('lint loads neither the generator nor the formatter libraries, and chevrotain as one module', () => {
    const urls = loadedBy(['lint', 'CFG']);
    // `npm run build` bundles the workspace packages: one module for the command line, not dist/'s ~260.
    expect(urls.some((u) => u.includes('/packages/cli/bundle/'))).toBe(true);
    expect(urls.filter((u) => /\/packages\/[a-z]+\/dist\//.test(u))).toEqual([]);
    for (const name of ['zod', 'yaml', 'editorconfig', 'diff', 'lodash-es']) expect(pkg(urls, name), name).toEqual([]);
    expect(pkg(urls, 'chevrotain').map((u) => u.slice(u.lastIndexOf('/node_modules/')))).toEqual(['/node_modules/chevrotain/lib/chevrotain.mjs']);
  });

  it('fmt and generate still load what they need', () => {
    expect(pkg(loadedBy(['fmt', 'CFG']), 'editorconfig').length).toBeGreaterThan(0);
    expect(pkg(loadedBy(['generate', 'passthrough', '--server', 'a=127.0.0.1:8443', '--server', 'b=127.0.0.1:9443', '--listen', '443']), 'zod').length).toBeGreaterThan(0);
  });
});
