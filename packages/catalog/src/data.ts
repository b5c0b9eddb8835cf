// Typed views of the generated JSON (src/data/, written by scripts/generate.mjs — do not edit).
// JSON infers `string` where the types say `HaproxyVersion`, hence the casts; the generator is
// the source of truth and test/generated.test.ts keeps the files in sync with it.
import actionsJson from './data/actions.json' with { type: 'json' };
import aclJson from './data/acl.json' with { type: 'json' };
import bindJson from './data/bind.json' with { type: 'json' };
import convertersJson from './data/converters.json' with { type: 'json' };
import fetchesJson from './data/fetches.json' with { type: 'json' };
import globalJson from './data/global.json' with { type: 'json' };
import miscJson from './data/misc.json' with { type: 'json' };
import proxyJson from './data/proxy.json' with { type: 'json' };
import sectionKeywordsJson from './data/section-keywords.json' with { type: 'json' };
import sectionsJson from './data/sections.json' with { type: 'json' };
import serverJson from './data/server.json' with { type: 'json' };
import type {
  AclDerivative,
  AclFlag,
  Action,
  BalanceAlgorithm,
  BindOption,
  CondDirective,
  CondPredicate,
  Converter,
  Fetch,
  Filter,
  GlobalKeyword,
  Merged,
  NamedFact,
  OtherSectionKeyword,
  OtherSectionKeywordAttrs,
  PredefinedAcl,
  ProxyKeyword,
  Ruleset,
  Section,
  ServerOption,
  SizeUnit,
  TimeUnit,
} from './types.js';
import type { HaproxyVersion } from './versions.js';

const cast = <T>(x: unknown): T => x as T;

export const PROXY_KEYWORDS: readonly ProxyKeyword[] = cast<ProxyKeyword[]>(proxyJson).map((e) => ({ ...e, kind: 'proxy' }));
export const GLOBAL_KEYWORDS: readonly GlobalKeyword[] = cast<GlobalKeyword[]>(globalJson).map((e) => ({ ...e, kind: 'global' }));
/** Own keywords of each non-proxy section (`crt-store:load` = parameters of a crt-store `load` line). */
export const OTHER_SECTION_KEYWORDS: Readonly<Record<string, readonly OtherSectionKeyword[]>> = Object.fromEntries(
  Object.entries(cast<Record<string, Merged<OtherSectionKeywordAttrs>[]>>(sectionKeywordsJson)).map(([section, list]) => [
    section,
    list.map((e) => ({ ...e, kind: 'section' as const, section })),
  ]),
);
export const SECTION_ENTRIES: readonly Section[] = cast(sectionsJson);
export const ACTIONS: readonly Action[] = cast(actionsJson);
export const BIND_OPTIONS: readonly BindOption[] = cast(bindJson);
export const SERVER_OPTIONS: readonly ServerOption[] = cast(serverJson);
export const FETCHES: readonly Fetch[] = cast(fetchesJson);
export const CONVERTERS: readonly Converter[] = cast(convertersJson);

export interface AclData {
  readonly flags: readonly AclFlag[];
  readonly matchMethods: readonly NamedFact[];
  readonly derivatives: readonly AclDerivative[];
  readonly predefined: readonly PredefinedAcl[];
  /** Pattern type × sample type → match method (newest documentation). */
  readonly typeMatchMatrix: readonly {
    readonly patternType: string;
    readonly byInputType: Readonly<Record<string, { readonly method: string; readonly default?: boolean }>>;
  }[];
  readonly defaultMatchByType: readonly { readonly type: string; readonly defaultMethod: string }[];
  readonly integerOperators: readonly string[];
  readonly nameCharacters: string;
  readonly conditions: { readonly keywords: readonly string[]; readonly operators: readonly string[]; readonly anonymousAclBraces: boolean };
}
export const ACL: AclData = cast(aclJson);

export interface MiscData {
  readonly versions: readonly HaproxyVersion[];
  /** Git tag and commit each version's facts were extracted from. */
  readonly sources: Readonly<Record<HaproxyVersion, { readonly tag: string; readonly commit: string }>>;
  readonly rulesets: readonly Ruleset[];
  readonly balance: readonly BalanceAlgorithm[];
  readonly filters: readonly Filter[];
  readonly condDirectives: readonly CondDirective[];
  readonly condPredicates: readonly CondPredicate[];
  /** `!`, `&&`, `||`, `( )` in `.if` conditions, documented from `since` on. */
  readonly condOperators: { readonly since: HaproxyVersion; readonly operators: readonly string[] };
  readonly timeUnits: readonly TimeUnit[];
  readonly sizeUnits: readonly SizeUnit[];
  readonly stickTableTypes: readonly string[];
  /** Storable data types, with `(<period>)`-style argument hints in the name. */
  readonly stickTableDataTypes: readonly NamedFact[];
  readonly envVariables: readonly NamedFact[];
  readonly variableScopes: readonly NamedFact[];
  readonly mapAclNamePrefixes: readonly NamedFact[];
}
export const MISC: MiscData = cast(miscJson);
