// One-line descriptions in our own words (never HAProxy's documentation prose), per category.
export type SummaryCategory = 'section' | 'proxy' | 'global' | 'bind' | 'server' | 'action' | 'fetch' | 'converter' | 'balance';

export const SUMMARIES: { readonly [C in SummaryCategory]: Readonly<Record<string, string>> } = {
  section: {},
  proxy: {},
  global: {},
  bind: {},
  server: {},
  action: {},
  fetch: {},
  converter: {},
  balance: {},
};

/** The one-line description of a keyword, if we wrote one. */
export function summary(category: SummaryCategory, name: string): string | undefined {
  return Object.hasOwn(SUMMARIES[category], name) ? SUMMARIES[category][name] : undefined;
}
