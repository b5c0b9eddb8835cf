// Shapes of the generated data (src/data/*.json). Every entry is readonly. Boolean flags are
// omitted when false, so test them for truthiness.
import type { HaproxyVersion } from './versions.js';

export interface Arg {
  /** Placeholder name as written between `<…>` in the syntax line. */
  readonly name: string;
  /** Sits inside `[…]` in the syntax line where it appears. */
  readonly optional?: boolean;
  /** Followed by `*` or `...`. */
  readonly repeatable?: boolean;
}

/** Literal alternatives, `{ a | b }` (required) or `[ a | b ]` (optional). */
export interface Choice {
  readonly values: readonly string[];
  readonly optional?: boolean;
}

/** Attribute values that differ in an older version; `null` means "absent in that version". */
export type VersionOverrides<A> = {
  readonly [V in HaproxyVersion]?: { readonly [K in keyof A]?: A[K] | null };
};

/** Version span shared by every entry. `removedIn` = first version that no longer documents it. */
export interface Versioned {
  readonly name: string;
  readonly since: HaproxyVersion;
  readonly removedIn?: HaproxyVersion;
  readonly deprecatedSince?: HaproxyVersion;
  /** Versions between `since` and the last one where the entry is missing (none in current data). */
  readonly absentIn?: readonly HaproxyVersion[];
}

/** Entry whose attributes (from the newest version that has it) may differ in older versions. */
export type Merged<A> = Versioned & A & { readonly byVersion?: VersionOverrides<A> };

export interface SyntaxAttrs {
  /** Syntax lines, verbatim from the documentation. */
  readonly signature?: readonly string[];
  readonly args?: readonly Arg[];
  readonly choices?: readonly Choice[];
}

export type ProxySection = 'defaults' | 'frontend' | 'backend' | 'listen';

export interface ProxyAttrs extends SyntaxAttrs {
  /** Sections allowed by the keyword matrix; empty when the documentation gives none. */
  readonly sections: readonly ProxySection[];
  /** Only valid in a *named* defaults section. */
  readonly namedDefaultsOnly?: boolean;
  /** Accepts a `no` prefix. */
  readonly negatable?: boolean;
  readonly experimental?: boolean;
  /** The keyword's own section table, when it disagrees with the matrix. */
  readonly entrySections?: readonly ProxySection[];
  readonly entryNamedDefaultsOnly?: boolean;
  /** Listed in the matrix without a syntax entry. */
  readonly noEntry?: boolean;
  /** Deliberately left out of the matrix (discouraged directives, 3.2+). */
  readonly notInMatrix?: boolean;
}

export interface GlobalAttrs extends SyntaxAttrs {
  /** Doc chapter (3.1 process management, 3.2 tuning, 3.3 debugging, 3.4 httpclient). */
  readonly chapter?: string;
  readonly listedOnly?: boolean;
  readonly experimental?: boolean;
  /** `USE_*` build flags the documentation mentions (heuristic). */
  readonly buildOptions?: readonly string[];
}

export interface SectionAttrs {
  readonly kind: 'global' | 'proxy' | 'other';
  readonly chapter: string;
  readonly signature?: readonly string[];
  readonly signatureNotDocumented?: boolean;
}

export interface OtherSectionKeywordAttrs extends SyntaxAttrs {
  readonly negatable?: boolean;
}

export type Ruleset =
  | 'http-request'
  | 'http-response'
  | 'http-after-response'
  | 'tcp-request connection'
  | 'tcp-request session'
  | 'tcp-request content'
  | 'tcp-response content'
  | 'quic-initial';

export interface RulesetSpan {
  readonly since: HaproxyVersion;
  readonly removedIn?: HaproxyVersion;
  readonly deprecatedSince?: HaproxyVersion;
}

export interface ActionAttrs extends SyntaxAttrs {
  readonly experimental?: boolean;
  /** How the 2.9+ actions matrix spells the name when it includes an argument. */
  readonly matrixLabel?: string;
  /** 2.4 only: known from a bullet list, so the signature is minimal. */
  readonly fromBulletList?: boolean;
  readonly entryRulesets?: readonly Ruleset[];
}

export type Action = Merged<ActionAttrs> & {
  /** Each ruleset the action is usable in, with the version that added it there. */
  readonly rulesets: { readonly [R in Ruleset]?: RulesetSpan };
};

export interface OptionAttrs extends SyntaxAttrs {
  readonly takesArgument?: boolean;
  readonly sslRelated?: boolean;
  readonly experimental?: boolean;
  /** Server options only: not accepted on `default-server`. */
  readonly noDefaultServer?: boolean;
  /** Server options, 3.0+: where the option applies (tcp, http, log, peers, ring). */
  readonly contexts?: readonly string[];
  readonly buildOptions?: readonly string[];
}

export type SampleType = string;
export type FetchLayer = 'internal' | 'l4' | 'l5' | 'l6' | 'l7' | 'developers';

export interface FetchAttrs {
  /** Output type as the documentation writes it (`string`, `integer`, `ip`, `boolean`, `binary`, …). */
  readonly type?: SampleType;
  readonly layer?: FetchLayer;
  /** Doc chapter, e.g. `7.3.3`. */
  readonly chapter?: string;
  readonly signature?: readonly string[];
  readonly args?: readonly Arg[];
  readonly summaryType?: SampleType;
}

export interface ConverterAttrs {
  readonly inputType?: SampleType;
  readonly outputType?: SampleType;
  /** `table`, `map-table`, or `backfilled-from-<v>` (pre-2.9 docs give no types). */
  readonly typeSource?: string;
  readonly signature?: readonly string[];
  readonly args?: readonly Arg[];
  readonly buildOptions?: readonly string[];
  /** `map_<match>_<out>` family: the match method. */
  readonly match?: string;
}

export interface DerivativeAttrs extends SyntaxAttrs {
  /** The sample fetch this ACL-only keyword reads. */
  readonly fetch: string;
  /** The match method it implies (`beg`, `sub`, …). */
  readonly match: string;
}

export type ProxyKeyword = Merged<ProxyAttrs> & { readonly kind: 'proxy' };
export type GlobalKeyword = Merged<GlobalAttrs> & { readonly kind: 'global' };
export type OtherSectionKeyword = Merged<OtherSectionKeywordAttrs> & { readonly kind: 'section'; readonly section: string };
/** Any keyword that starts a line in a section body. */
export type SectionKeyword = ProxyKeyword | GlobalKeyword | OtherSectionKeyword;

export type Section = Merged<SectionAttrs>;
export type BindOption = Merged<OptionAttrs>;
export type ServerOption = Merged<OptionAttrs>;
export type Fetch = Merged<FetchAttrs>;
export type Converter = Merged<ConverterAttrs>;
export type AclDerivative = Merged<DerivativeAttrs>;
export type AclFlag = Merged<{ readonly takesArgument?: boolean }>;
export type PredefinedAcl = Merged<{ readonly equivalent: string }>;
export type BalanceAlgorithm = Merged<SyntaxAttrs>;
export type Filter = Merged<SyntaxAttrs>;
export type CondPredicate = Merged<SyntaxAttrs & { readonly allowedValues?: readonly string[] }>;
export type CondDirective = Merged<{ readonly signature?: readonly string[] }>;
export type TimeUnit = Merged<{ readonly unit: string; readonly default?: boolean }>;
export type SizeUnit = Merged<{ readonly unit: string }>;
/** Plain named facts (match methods, stick-table data types, env variables, …). */
export type NamedFact = Versioned;
