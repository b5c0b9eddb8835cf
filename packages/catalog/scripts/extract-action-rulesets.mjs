// Extracts, from a HAProxy source checkout, which rule actions each ruleset registers at every
// release tag (the action_kw_list tables handed to http_req_keywords_register() and its siblings),
// as version ranges. The documentation's action matrix, which the reference dataset is read from,
// misses some (`http-after-response del-acl` from 2.8, `tcp-request session set-src` in 2.4); the
// generator lets these facts decide. Actions a parser recognises in code rather than in a table
// (`accept`, `reject`, `capture`, `track-sc*`, `expect-proxy` …) are not listed and keep the
// documentation's ranges. Writes src/source-facts/action-rulesets.json. Not run by the build or tests
// (the HAProxy source is not part of ../shared); rerun by hand when a release is added:
//   node packages/catalog/scripts/extract-action-rulesets.mjs /path/to/haproxy.git
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableEntries } from './c-source.mjs';

const [repo] = process.argv.slice(2);
if (!repo) throw new Error('usage: extract-action-rulesets.mjs HAPROXY_GIT_DIR');
const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const VERSIONS = ['2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.0', '3.1', '3.2', '3.3', '3.4'];
/** The registration function of each ruleset's action list. */
const REGISTER = {
  http_req_keywords_register: 'http-request',
  http_res_keywords_register: 'http-response',
  http_after_res_keywords_register: 'http-after-response',
  tcp_req_conn_keywords_register: 'tcp-request connection',
  tcp_req_sess_keywords_register: 'tcp-request session',
  tcp_req_cont_keywords_register: 'tcp-request content',
  tcp_res_cont_keywords_register: 'tcp-response content',
  quic_init_actions_register: 'quic-initial',
};

/** ruleset → set of action names registered at `tag`. */
function extract(tag) {
  const files = git('grep', '-l', 'action_kw_list', tag, '--', 'src', 'addons').trim().split('\n').map((l) => l.slice(tag.length + 1)).filter((f) => f.endsWith('.c'));
  const out = new Map();
  for (const f of files) {
    const text = git('show', `${tag}:${f}`);
    const tables = new Map();
    for (const e of tableEntries(text, 'action_kw_list')) {
      if (!tables.has(e.table)) tables.set(e.table, []);
      tables.get(e.table).push(e.name);
    }
    for (const m of text.matchAll(/INITCALL1\(\s*STG_REGISTER\s*,\s*(\w+)\s*,\s*&(\w+)\s*\)/g)) {
      const ruleset = REGISTER[m[1]];
      const names = tables.get(m[2]);
      if (!ruleset || !names) continue;
      if (!out.has(ruleset)) out.set(ruleset, new Set());
      for (const n of names) out.get(ruleset).add(n);
    }
  }
  return out;
}

const seen = {};
for (const v of VERSIONS) {
  for (const [ruleset, names] of extract(`v${v}.0`)) {
    for (const n of names) ((seen[ruleset] ??= {})[n] ??= []).push(v);
  }
}
// One range per action: the first release that registers it and, when it is gone by the last one,
// the first release without it (no action came back after being dropped).
const facts = {};
for (const ruleset of Object.keys(seen).sort()) {
  facts[ruleset] = {};
  for (const n of Object.keys(seen[ruleset]).sort()) {
    const vs = seen[ruleset][n];
    const first = VERSIONS.indexOf(vs[0]);
    const last = VERSIONS.indexOf(vs[vs.length - 1]);
    if (last - first + 1 !== vs.length) throw new Error(`${ruleset} ${n}: registered in ${vs.join(', ')}, not one range`);
    facts[ruleset][n] = { since: vs[0], ...(last < VERSIONS.length - 1 ? { removedIn: VERSIONS[last + 1] } : {}) };
  }
}
const dest = join(dirname(fileURLToPath(import.meta.url)), '../src/source-facts/action-rulesets.json');
writeFileSync(dest, `${JSON.stringify({ versions: VERSIONS, rulesets: facts }, null, 1)}\n`);
console.log(`wrote ${dest}`);
