// Extracts, from a HAProxy source checkout, what decides an ACL's default match method: the ACL
// keywords (acl_kw_list tables: name, fetch, PAT_MATCH_*) and the output type (SMP_T_*) of each
// sample fetch and converter. The reference dataset documents types in prose, not as HAProxy reads
// them (`var` is "any"). Writes src/source-facts/acl-match-X.Y.json. Not run by the build or tests
// (the HAProxy source is not part of ../shared); rerun by hand when moving to another oracle version:
//   node packages/catalog/scripts/extract-acl-match.mjs /path/to/haproxy.git v2.6.0
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableEntries } from './c-source.mjs';

const [repo, tag] = process.argv.slice(2);
if (!repo || !tag) throw new Error('usage: extract-acl-match.mjs HAPROXY_GIT_DIR TAG');
const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const files = git('ls-tree', '-r', '--name-only', tag, 'src', 'addons').split('\n').filter((f) => f.endsWith('.c'));

const type = (field) => /^SMP_T_(\w+)$/.exec(field ?? '')?.[1];
const fetchTypes = {};
const converterTypes = {};
const aclKeywords = {};
for (const f of files) {
  const text = git('show', `${tag}:${f}`);
  // struct sample_fetch: kw, process, arg_mask, val_args, out_type, use; struct sample_conv: kw, process, arg_mask, val_args, in_type, out_type.
  for (const { name, fields } of tableEntries(text, 'sample_fetch_kw_list')) if (type(fields[4]) && /^SMP_(USE|SRC)_/.test(fields[5] ?? '')) fetchTypes[name] = type(fields[4]);
  for (const { name, fields } of tableEntries(text, 'sample_conv_kw_list')) if (type(fields[4]) && type(fields[5])) converterTypes[name] = type(fields[5]);
  for (const { name, fields } of tableEntries(text, 'acl_kw_list')) {
    const match = /^PAT_MATCH_(\w+)$/.exec(fields[2] ?? '')?.[1];
    // A NULL fetch keyword means the fetch of the same name.
    const fetch = fields[1] === 'NULL' ? name : /^"([^"]+)"$/.exec(fields[1] ?? '')?.[1];
    if (match && fetch) aclKeywords[name] = { fetch, match };
  }
}
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = { source: `haproxy ${tag} (sample_fetch_kw_list, sample_conv_kw_list and acl_kw_list tables)`, aclKeywords: sorted(aclKeywords), fetchTypes: sorted(fetchTypes), converterTypes: sorted(converterTypes) };
const branch = /^v(\d+\.\d+)/.exec(tag)?.[1] ?? tag;
const dest = join(dirname(fileURLToPath(import.meta.url)), `../src/source-facts/acl-match-${branch}.json`);
writeFileSync(dest, JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(aclKeywords).length} ACL keywords, ${Object.keys(fetchTypes).length} fetches, ${Object.keys(converterTypes).length} converters -> ${dest}`);
