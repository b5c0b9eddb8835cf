// Our own one-line descriptions, per category (never HAProxy's documentation prose). The tables
// live in summaries-*.ts; this file gathers them and answers lookups.
import { ACTION_SUMMARIES, BIND_SUMMARIES, SERVER_SUMMARIES } from './summaries-options.js';
import { BALANCE_SUMMARIES, PROXY_SUMMARIES, SECTION_SUMMARIES } from './summaries-proxy.js';
import { GLOBAL_SUMMARIES } from './summaries-global.js';
import { CONVERTER_SUMMARIES, FETCH_SUMMARIES } from './summaries-samples.js';
import { SECTION_KEYWORD_SUMMARIES } from './summaries-sections.js';

export { SECTION_KEYWORD_SUMMARIES };

export type SummaryCategory = 'section' | 'proxy' | 'global' | 'bind' | 'server' | 'action' | 'fetch' | 'converter' | 'balance';

export const SUMMARIES: { readonly [C in SummaryCategory]: Readonly<Record<string, string>> } = {
  section: SECTION_SUMMARIES,
  proxy: PROXY_SUMMARIES,
  global: GLOBAL_SUMMARIES,
  bind: BIND_SUMMARIES,
  server: SERVER_SUMMARIES,
  action: ACTION_SUMMARIES,
  fetch: FETCH_SUMMARIES,
  converter: CONVERTER_SUMMARIES,
  balance: BALANCE_SUMMARIES,
};

/**
 * The one-line description of a keyword (full name for proxy/global keywords), if written. For
 * `section-keyword` (as in DocRef), `section` names the owning non-proxy section (`peers`,
 * `resolvers`, …, or `crt-store:load` for the parameters of a crt-store `load` line).
 */
export function summary(category: SummaryCategory | 'section-keyword', name: string, section?: string): string | undefined {
  let table: Readonly<Record<string, string>> | undefined;
  if (category !== 'section-keyword') table = SUMMARIES[category];
  else if (section !== undefined && Object.hasOwn(SECTION_KEYWORD_SUMMARIES, section)) table = SECTION_KEYWORD_SUMMARIES[section];
  return table && Object.hasOwn(table, name) ? table[name] : undefined;
}
