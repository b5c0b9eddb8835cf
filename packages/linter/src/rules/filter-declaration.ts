import type { Proxy } from '@hacfg/model';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lastAlongChain } from '../util/inherited.js';

/**
 * A proxy's filter list as HAProxy 2.4+ builds it while reading (filters.c, cache.c,
 * flt_http_comp.c): `filter` lines in order, plus an implicit cache filter for each cache a
 * `cache-use` / `cache-store` rule names before any `filter cache` does.
 */
interface Entry {
  readonly kind: 'compression' | 'cache' | 'fcgi' | 'other';
  /** The cache's name. */
  readonly name?: string;
  readonly implicit: boolean;
  /** Where the filter is written (or the rule that declares it implicitly). */
  readonly at: Word;
}

const CACHE_RULES = new Set(['http-request cache-use', 'http-response cache-store']);

export default defineRule({
  id: 'filter-declaration',
  meta: {
    description: 'Disallow filter declarations HAProxy refuses: two compression filters, a cache filter declared twice, compression before a cache, implicit compression or cache filters beside explicit ones',
    severity: 'error',
    category: 'order',
    fixable: false,
    messages: {
      twoCompressions: "{{proxy}} '{{name}}' already declares a compression filter: HAProxy supports only one per proxy",
      twoCaches: "the cache filter '{{cache}}' is already declared in {{proxy}} '{{name}}': HAProxy refuses a second explicit declaration",
      compressionFirst: "the compression filter comes before the cache '{{cache}}' in {{proxy}} '{{name}}': HAProxy refuses it, the cache must be declared first",
      implicitCompression: "{{proxy}} '{{name}}' has 'compression' settings and declares other filters: HAProxy then requires an explicit 'filter compression'",
      implicitCache: "cache '{{cache}}' is used without a 'filter cache {{cache}}' line while {{proxy}} '{{name}}' declares other filters: HAProxy then requires the cache filter to be declared explicitly",
    },
  },
  create: (ctx) => {
    // Filled in line order by the visitors: only proxies with filters or cache rules can be refused.
    const lists = new Map<Proxy, Entry[]>();
    const listOf = (p: Proxy): Entry[] => {
      let l = lists.get(p);
      if (!l) lists.set(p, (l = []));
      return l;
    };
    return {
      'keyword:filter'(st, where) {
        const p = where.proxy;
        const type = st.args[0];
        if (!p || p.kind === 'defaults' || st.modifier !== undefined || !type || type.value.includes('$')) return;
        const list = listOf(p);
        const data = { proxy: p.kind, name: p.name ?? '' };
        if (type.value === 'compression') {
          if (list.some((e) => e.kind === 'compression')) ctx.report({ messageId: 'twoCompressions', data, range: type });
          list.push({ kind: 'compression', implicit: false, at: type });
        } else if (type.value === 'cache') {
          const name = st.args[1]?.value;
          if (name === undefined) return;
          const same = list.findIndex((e) => e.kind === 'cache' && e.name === name);
          if (same >= 0 && !list[same]!.implicit) return ctx.report({ messageId: 'twoCaches', data: { ...data, cache: name }, range: st.args[1]! });
          // An explicit declaration takes the place of the implicit one, at its own position.
          if (same >= 0) list.splice(same, 1);
          list.push({ kind: 'cache', name, implicit: false, at: type });
        } else list.push({ kind: type.value === 'fcgi-app' ? 'fcgi' : 'other', implicit: false, at: type });
      },
      rule(st, where) {
        const p = where.proxy;
        if (!p || p.kind === 'defaults' || st.modifier !== undefined || !st.action || !CACHE_RULES.has(`${st.ruleset} ${st.action.value}`)) return;
        const name = st.actionArgs[0]?.value;
        if (name === undefined || name === 'if' || name === 'unless' || name.includes('$')) return;
        const list = listOf(p);
        if (!list.some((e) => e.kind === 'cache' && e.name === name)) list.push({ kind: 'cache', name, implicit: true, at: st.actionArgs[0]! });
      },
      'config:exit'() {
        for (const [p, list] of lists) {
          const data = { proxy: p.kind, name: p.name ?? '' };
          // check_implicit_http_comp_flt(): `compression …` here or in an inherited defaults section, without a compression filter.
          const comp = lastAlongChain(p, (s) => s.keyword === 'compression' && s.modifier === undefined)?.statement;
          if (comp && !list.some((e) => e.kind === 'compression')) {
            const other = list.find((e) => e.kind === 'other');
            if (other) ctx.report({ messageId: 'implicitCompression', data, range: other.at, doc: p.doc });
            // The implicit compression filter goes last.
            else list.push({ kind: 'compression', implicit: true, at: comp.keywordWord });
          }
          // cache_store_check(), for each cache filter: no compression before it; an implicit one tolerates only compression, fcgi and cache filters.
          for (const cache of list) {
            if (cache.kind !== 'cache') continue;
            let compression = false;
            for (const f of list) {
              if (f === cache) {
                if (!compression) continue;
                ctx.report({ messageId: 'compressionFirst', data: { ...data, cache: cache.name! }, range: cache.at, doc: p.doc });
                break;
              }
              if (f.kind === 'compression') compression = true;
              else if (f.kind === 'other' && cache.implicit) {
                ctx.report({ messageId: 'implicitCache', data: { ...data, cache: cache.name! }, range: cache.at, doc: p.doc });
                break;
              }
            }
          }
        }
      },
    };
  },
});
