#!/usr/bin/env node
// Merges the per-version HAProxy facts (shared/haproxy-reference/<v>.json) into the compact,
// version-aware data files under src/data/. Plain Node, no dependencies, deterministic output.
//
//   node packages/catalog/scripts/generate.mjs [--out DIR]
//   HACFG_REFERENCE=/path/to/haproxy-reference node packages/catalog/scripts/generate.mjs
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const refDir = resolve(process.env.HACFG_REFERENCE ?? join(repoRoot, '../shared/haproxy-reference'));
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > 0 ? resolve(process.argv[outIdx + 1]) : join(here, '../src/data');

if (!existsSync(join(refDir, 'index.json'))) {
  console.error(`generate: reference dir not found: ${refDir} (set HACFG_REFERENCE)`);
  process.exit(2);
}

const readJson = (f) => JSON.parse(readFileSync(join(refDir, f), 'utf8'));
const index = readJson('index.json');
const VERSIONS = index.versions;
const docs = Object.fromEntries(VERSIONS.map((v) => [v, readJson(`${v}.json`)]));
const NEWEST = VERSIONS[VERSIONS.length - 1];
const vIdx = (v) => VERSIONS.indexOf(v);

// index.json lookups: category -> name -> entry; used to cross-check our own presence scan.
const indexBy = new Map();
for (const e of index.entries) {
  if (!indexBy.has(e.category)) indexBy.set(e.category, new Map());
  indexBy.get(e.category).set(e.name, e);
}

/** Drop undefined, false and empty arrays so entries stay small; keep key order stable. */
function compact(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === false || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}
const args = (a) => (a ?? []).map((x) => compact({ name: x.name, optional: x.optional, repeatable: x.repeatable }));
const choices = (c) => (c ?? []).map((x) => compact({ values: x.values, optional: x.optional }));
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merge one category across versions. `list(doc)` returns that version's entries; `pick(e)` the
 * attributes kept (flags like `deprecated` are turned into versions, not kept as attributes).
 * Attributes come from the newest version holding the name; older versions that differ get a
 * `byVersion[v]` holding only the changed keys (`null` = attribute absent in that version).
 */
function merge({ list, pick, category, nameOf = (e) => e.name, isDeprecated = (e) => e.deprecated === true }) {
  const byName = new Map();
  for (const v of VERSIONS) {
    for (const e of list(docs[v]) ?? []) {
      const name = nameOf(e);
      if (!byName.has(name)) byName.set(name, new Map());
      const seen = byName.get(name);
      if (seen.has(v)) throw new Error(`${category}: duplicate ${name} in ${v}`);
      seen.set(v, e);
    }
  }
  const out = [];
  for (const name of [...byName.keys()].sort()) {
    const seen = byName.get(name);
    const present = VERSIONS.filter((v) => seen.has(v));
    const since = present[0];
    const last = present[present.length - 1];
    const removedIn = last === NEWEST ? undefined : VERSIONS[vIdx(last) + 1];
    const gaps = VERSIONS.slice(vIdx(since), vIdx(last) + 1).filter((v) => !seen.has(v));
    const deprecatedSince = present.find((v) => isDeprecated(seen.get(v)));
    const ix = category ? indexBy.get(category)?.get(name) : undefined;
    if (ix && (ix.firstSeen !== since || ix.removedIn !== removedIn)) {
      throw new Error(`${category} ${name}: presence disagrees with index.json`);
    }
    const base = pick(seen.get(last), last);
    const byVersion = {};
    for (const v of present) {
      if (v === last) continue;
      const attrs = pick(seen.get(v), v);
      const diff = {};
      for (const k of new Set([...Object.keys(base), ...Object.keys(attrs)])) {
        if (!eq(base[k], attrs[k])) diff[k] = attrs[k] ?? null;
      }
      if (Object.keys(diff).length > 0) byVersion[v] = diff;
    }
    out.push(
      compact({
        name,
        since,
        removedIn,
        deprecatedSince,
        absentIn: gaps,
        ...base,
        byVersion: Object.keys(byVersion).length ? byVersion : undefined,
      }),
    );
  }
  return out;
}

const sig = (e) => e.signature ?? [];

// ---- sections ---------------------------------------------------------------------------------
const sections = merge({
  category: 'section',
  list: (d) => d.sections,
  pick: (e) => compact({ kind: e.kind, chapter: e.chapter, signature: sig(e), signatureNotDocumented: e.signatureNotDocumented }),
});

// ---- global -----------------------------------------------------------------------------------
// Chapter-3 subsection titles -> numbers (identical in every covered version; checked below).
const GLOBAL_GROUPS = {
  'Process management and security': '3.1',
  'Performance tuning': '3.2',
  Debugging: '3.3',
  'HTTPClient tuning': '3.4',
};
const globalKw = merge({
  category: 'global',
  list: (d) => d.global,
  pick: (e) => {
    if (e.group && !GLOBAL_GROUPS[e.group]) throw new Error(`unknown global group ${e.group}`);
    return compact({
      chapter: GLOBAL_GROUPS[e.group],
      signature: sig(e),
      args: args(e.args),
      choices: choices(e.choices),
      listedOnly: e.listedOnly,
      experimental: e.experimental,
      buildOptions: e.buildOptionsMentioned,
    });
  },
});

// ---- proxy (incl. option/timeout/stats/http-check/tcp-check families) -------------------------
// Where a version's keyword matrix is silent about a keyword that other versions place (e.g.
// `max-session-srv-conns` before 2.9, the renamed `option accept-invalid-http-*` from 3.1), the
// nearest version's sections apply: HAProxy's capability checks did not change (checked with
// `haproxy -c` 2.6). Ties go to the older version.
const placedIn = new Map();
for (const v of VERSIONS) for (const e of docs[v].proxy) if (e.sections?.length) (placedIn.get(e.name) ?? placedIn.set(e.name, new Map()).get(e.name)).set(v, e.sections);
// Where an older manual's matrix was wrong and a later one corrected it, HAProxy's parser being
// the same: the newest sections apply to every version. `option spop-check`: the 2.4-2.7 matrix
// says backend only, but the option is parsed wherever a backend capability exists (defaults and
// listen accepted by `haproxy -c` 2.6), as the 2.8 matrix says. `http-send-name-header`: the
// 2.4-2.7 matrix leaves out defaults, where the parser (a backend-capability check) accepts it and
// proxies inherit it (proxy.c copies it from the defaults section); the 2.8 matrix lists defaults.
const MATRIX_CORRECTED_LATER = new Set(['option spop-check', 'http-send-name-header']);
function sectionsOf(e, v) {
  if (MATRIX_CORRECTED_LATER.has(e.name)) {
    const newest = docs[NEWEST].proxy.find((x) => x.name === e.name);
    if (newest?.sections?.length) return newest.sections;
  }
  if (e.sections?.length) return e.sections;
  const known = placedIn.get(e.name);
  if (!known) return [];
  const nearest = [...known.keys()].sort((a, b) => Math.abs(vIdx(a) - vIdx(v)) - Math.abs(vIdx(b) - vIdx(v)) || vIdx(a) - vIdx(b))[0];
  return known.get(nearest);
}
// Entries of the proxy keyword list that HAProxy does not read as proxy keywords: from 3.2 the
// matrix lists `crt`, a word of `ssl-f-use` lines; the 3.0 manual documents the server option
// `hash-key` among proxy keywords (3.1 moved it). HAProxy 3.0.0, 3.2.0 and 3.4.0 refuse them alone.
const MATRIX_ROWS_ONLY = new Set(['crt', 'hash-key']);
const proxy = merge({
  category: 'proxy',
  list: (d) => d.proxy.filter((e) => !MATRIX_ROWS_ONLY.has(e.name)),
  // `sections` stays even when empty ("the documentation gives none"): consumers read it as a list.
  pick: (e, v) => ({
    sections: sectionsOf(e, v),
    ...compact({
      namedDefaultsOnly: e.namedDefaultsOnly,
      negatable: e.negatable,
      signature: sig(e),
      args: args(e.args),
      choices: choices(e.choices),
      experimental: e.experimental,
      entrySections: e.entrySections,
      entryNamedDefaultsOnly: e.entryNamedDefaultsOnly,
      noEntry: e.noEntry,
      notInMatrix: e.inMatrix === false ? true : undefined,
    }),
  }),
});

// ---- actions (one entry per name; rulesets carry their own versions) ----------------------------
const RULESETS = [...new Set(VERSIONS.flatMap((v) => docs[v].rulesets))];
const ACTION_RULESETS = JSON.parse(readFileSync(join(here, '../src/source-facts/action-rulesets.json'), 'utf8'));
// Up to 2.8 action signatures end with the rule condition; strip it so versions compare equal.
const COND_SUFFIX = /\s*\[\s*\{\s*if\s*\|\s*unless\s*\}\s*<condition>\s*\]\s*$/;
const actions = merge({
  list: (d) => d.actions,
  pick: (e) =>
    compact({
      signature: sig(e).map((s) => s.replace(COND_SUFFIX, '')),
      args: args(e.args),
      choices: choices(e.choices),
      experimental: e.experimental,
      matrixLabel: e.matrixLabel,
      fromBulletList: e.fromBulletList,
      entryRulesets: e.entryRulesets,
    }),
});
for (const a of actions) {
  const rs = {};
  for (const r of RULESETS) {
    const ix = indexBy.get(`action:${r}`)?.get(a.name);
    if (!ix) continue;
    rs[r] = compact({ since: ix.firstSeen, removedIn: ix.removedIn, deprecatedSince: ix.deprecatedSince });
  }
  // What the source registers decides over the documentation's matrix (scripts/extract-action-rulesets.mjs).
  for (const [r, byName] of Object.entries(ACTION_RULESETS.rulesets)) {
    const src = byName[a.name];
    if (!src) continue;
    // The source stops at its last tag; a removal the reference records after it stands.
    const removedIn = src.removedIn ?? (rs[r]?.removedIn && vIdx(rs[r].removedIn) > vIdx(ACTION_RULESETS.versions.at(-1)) ? rs[r].removedIn : undefined);
    rs[r] = compact({ since: src.since, removedIn, deprecatedSince: rs[r]?.deprecatedSince });
  }
  if (Object.keys(rs).length === 0) throw new Error(`action ${a.name} has no ruleset`);
  // Put rulesets right after the version fields for readability.
  const { name, since, removedIn, deprecatedSince, ...rest } = a;
  const rsVals = Object.values(rs);
  const allRemoved = rsVals.every((x) => x.removedIn);
  Object.keys(a).forEach((k) => delete a[k]);
  Object.assign(
    a,
    compact({
      name,
      since,
      removedIn: allRemoved ? removedIn : undefined,
      deprecatedSince: rsVals.every((x) => x.deprecatedSince) ? deprecatedSince : undefined,
      rulesets: rs,
      ...rest,
    }),
  );
}

// Add-on actions the configuration manual leaves to the add-on's README, as each release tag registers
// them: the OpenTracing filter's `ot-group` (addons/ot/src/group.c, 2.4 … 3.4; USE_OT, which Debian's
// and Ubuntu's builds have).
const OT_RULESETS = ['http-request', 'http-response', 'http-after-response', 'tcp-request content', 'tcp-response content'];
actions.push({
  name: 'ot-group',
  since: '2.4',
  rulesets: Object.fromEntries(OT_RULESETS.map((r) => [r, { since: '2.4' }])),
  signature: ['ot-group <filter-id> <group-id>'],
  args: [{ name: 'filter-id' }, { name: 'group-id' }],
});
actions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

// ---- bind / server options ----------------------------------------------------------------------
const optPick = (e) =>
  compact({
    takesArgument: e.takesArgument,
    signature: sig(e),
    args: args(e.args),
    choices: choices(e.choices),
    sslRelated: e.sslRelated,
    experimental: e.experimental,
    noDefaultServer: e.defaultServer === false ? true : undefined,
    contexts: e.contexts,
    buildOptions: e.buildOptionsMentioned,
  });
const bind = merge({ category: 'bind', list: (d) => d.bind, pick: optPick });
const server = merge({ category: 'server', list: (d) => d.server, pick: optPick });

// ---- non-proxy section keywords ---------------------------------------------------------------
const sectionNames = [...new Set(VERSIONS.flatMap((v) => Object.keys(docs[v].sectionKeywords)))].sort();
const sectionKeywords = {};
for (const s of sectionNames) {
  sectionKeywords[s] = merge({
    category: `section-keyword:${s}`,
    list: (d) => d.sectionKeywords[s],
    pick: (e) => compact({ signature: sig(e), args: args(e.args), choices: choices(e.choices), negatable: e.negatable }),
  });
}

// ---- samples ------------------------------------------------------------------------------------
const fetches = merge({
  category: 'fetch',
  list: (d) => d.fetches,
  pick: (e) =>
    compact({ type: e.type, layer: e.layer, chapter: e.chapter, signature: sig(e), args: args(e.args), summaryType: e.summaryType }),
});
const converters = merge({
  category: 'converter',
  list: (d) => d.converters,
  pick: (e) =>
    compact({
      inputType: e.inputType,
      outputType: e.outputType,
      typeSource: e.typeSource,
      signature: sig(e),
      args: args(e.args),
      buildOptions: e.buildOptionsMentioned,
      match: e.match,
    }),
});

// ---- ACLs ---------------------------------------------------------------------------------------
const acl = {
  flags: merge({ category: 'acl-flag', list: (d) => d.acl.flags, nameOf: (e) => e.flag, pick: (e) => compact({ takesArgument: e.takesArgument }) }),
  matchMethods: merge({
    category: 'acl-match-method',
    list: (d) => d.acl.matchMethods.map((m) => ({ name: m })),
    pick: () => ({}),
  }),
  derivatives: merge({
    category: 'acl-derivative',
    list: (d) => d.acl.derivatives,
    pick: (e) => compact({ fetch: e.fetch, match: e.match, signature: sig(e), args: args(e.args) }),
  }),
  predefined: merge({ category: 'predefined-acl', list: (d) => d.acl.predefined, pick: (e) => ({ equivalent: e.equivalent }) }),
  typeMatchMatrix: docs[NEWEST].acl.typeMatchMatrix,
  defaultMatchByType: docs[NEWEST].acl.defaultMatchByType,
  integerOperators: docs[NEWEST].acl.integerOperators,
  nameCharacters: docs[NEWEST].acl.nameCharacters,
  conditions: docs[NEWEST].acl.conditions,
};
for (const k of ['typeMatchMatrix', 'defaultMatchByType', 'integerOperators', 'conditions']) {
  for (const v of VERSIONS) if (!eq(docs[v].acl[k], acl[k])) console.warn(`note: acl.${k} differs in ${v}; newest kept`);
}

// ---- everything else that is small ---------------------------------------------------------------
const cb = (d) => d.syntax.conditionalBlocks;
const firstWith = (pred) => VERSIONS.find((v) => pred(docs[v]));
const misc = {
  versions: VERSIONS,
  sources: Object.fromEntries(VERSIONS.map((v) => [v, { tag: docs[v].source.tag, commit: docs[v].source.commit }])),
  rulesets: RULESETS,
  balance: merge({ category: 'balance', list: (d) => d.balance, pick: (e) => compact({ signature: sig(e), args: args(e.args) }) }),
  filters: merge({ category: 'filter', list: (d) => d.filters, pick: (e) => compact({ signature: sig(e), args: args(e.args) }) }),
  condDirectives: merge({
    category: 'cond-directive',
    list: (d) => [...cb(d).directives, ...cb(d).messageDirectives],
    pick: (e) => compact({ signature: sig(e) }),
  }),
  condPredicates: merge({
    category: 'cond-predicate',
    list: (d) => cb(d).predicates,
    pick: (e) => compact({ signature: sig(e), args: args(e.args), allowedValues: e.allowedValues }),
  }),
  condOperators: { since: firstWith((d) => cb(d).operators?.length > 0), operators: cb(docs[NEWEST]).operators },
  timeUnits: merge({
    category: 'time-unit',
    list: (d) => d.syntax.timeUnits,
    nameOf: (e) => e.suffix,
    pick: (e) => compact({ unit: e.unit, default: e.default }),
  }),
  sizeUnits: merge({ category: 'size-unit', list: (d) => d.syntax.sizeUnits, nameOf: (e) => e.suffix, pick: (e) => ({ unit: e.unit }) }),
  stickTableTypes: docs[NEWEST].stickTable.types,
  stickTableDataTypes: merge({
    category: 'stick-table-data-type',
    list: (d) => d.stickTable.dataTypes.map((n) => ({ name: n })),
    pick: () => ({}),
  }),
  envVariables: merge({
    category: 'env-variable',
    list: (d) => d.syntax.environment.haproxyDefinedVariables.map((n) => ({ name: n })),
    pick: () => ({}),
  }),
  variableScopes: merge({ list: (d) => d.syntax.variableScopes.map((n) => ({ name: n })), pick: () => ({}) }),
  mapAclNamePrefixes: merge({ list: (d) => (d.syntax.mapAclNamePrefixes ?? []).map((n) => ({ name: typeof n === 'string' ? n : n.prefix })), pick: () => ({}) }),
};

// ---- write --------------------------------------------------------------------------------------
// One entry per line: compact, yet diffs stay readable.
function serialize(value) {
  if (Array.isArray(value)) return `[\n${value.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
  const parts = Object.entries(value).map(([k, v]) =>
    Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'
      ? `${JSON.stringify(k)}: [\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]`
      : `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}

const files = {
  'sections.json': sections,
  'global.json': globalKw,
  'proxy.json': proxy,
  'actions.json': actions,
  'bind.json': bind,
  'server.json': server,
  'section-keywords.json': sectionKeywords,
  'fetches.json': fetches,
  'converters.json': converters,
  'acl.json': acl,
  'misc.json': misc,
};
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const [f, v] of Object.entries(files)) {
  const text = serialize(v);
  total += Buffer.byteLength(text);
  writeFileSync(join(outDir, f), text);
}
console.log(`generate: wrote ${Object.keys(files).length} files (${(total / 1024).toFixed(0)} KiB) to ${outDir}`);
