/**
 * The typed AST: a view over CST lines. Every node has an exact `range` (offsets into the text) and
 * keeps the CST `Word`s it was built from, so edits and diagnostics hit exact characters.
 */
import type { Line, TextRange, Word } from '../cst/types.js';

/** `fetch(args)` or `,converter(args)` inside a sample expression. */
export interface SampleCall {
  readonly name: string;
  readonly nameRange: TextRange;
  /** Arguments as written between the parentheses (undefined: no parentheses). */
  readonly args: readonly SampleArg[] | undefined;
  readonly range: TextRange;
}
export interface SampleArg {
  readonly value: string;
  readonly range: TextRange;
}
/** `fetch(args),conv(args),conv…` */
export interface SampleExpr {
  readonly type: 'sample';
  readonly fetch: SampleCall;
  readonly converters: readonly SampleCall[];
  readonly range: TextRange;
  /** Set when the text is not a well-formed expression (unbalanced parenthesis, empty name…). */
  readonly error: string | undefined;
}

/** What HAProxy refuses while reading a log-format string (see `parseLogFormatText`). */
export type LogFormatErrorCode = 'truncated' | 'blank' | 'flags' | 'label';

/**
 * One part of a log-format string: literal text, `%[expr]`, a `%x` / `%{flags}x` variable, or a
 * place HAProxy refuses. `label` is the `%(name[:type])` field name HAProxy 3.0+ reads; `flags` the
 * text between `%{` and `}`.
 */
export type LogFormatPart =
  | { readonly type: 'literal'; readonly value: string; readonly range: TextRange }
  | { readonly type: 'expr'; readonly flags: string | undefined; readonly flagsRange: TextRange | undefined; readonly label: string | undefined; readonly expr: SampleExpr; readonly closed: boolean; readonly range: TextRange }
  | { readonly type: 'var'; readonly flags: string | undefined; readonly flagsRange: TextRange | undefined; readonly label: string | undefined; readonly name: string; readonly nameRange: TextRange; readonly range: TextRange }
  | { readonly type: 'error'; readonly code: LogFormatErrorCode; readonly message: string; readonly range: TextRange };

export interface AclTermNamed {
  readonly type: 'acl-ref';
  readonly negated: boolean;
  readonly name: string;
  readonly nameRange: TextRange;
  readonly range: TextRange;
}
export interface AclTermAnonymous {
  readonly type: 'acl-anonymous';
  readonly negated: boolean;
  /** The words between `{` and `}`: criterion, flags and patterns, as in an `acl` line. */
  readonly acl: AclBody;
  readonly closed: boolean;
  readonly range: TextRange;
}
export type AclTerm = AclTermNamed | AclTermAnonymous;
/** Terms joined by AND (juxtaposition). */
export interface AndGroup {
  readonly terms: readonly AclTerm[];
  readonly range: TextRange;
}
/** `if`/`unless` followed by AND groups separated by `or` / `||`. */
export interface Condition {
  readonly type: 'condition';
  readonly polarity: 'if' | 'unless';
  readonly keyword: Word;
  readonly groups: readonly AndGroup[];
  readonly range: TextRange;
}

/** The part of an ACL after its name: criterion, flags, match operator and patterns. */
export interface AclBody {
  readonly criterion: SampleExpr | undefined;
  readonly criterionWord: Word | undefined;
  readonly flags: readonly AclFlag[];
  readonly patterns: readonly Word[];
}
export interface AclFlag {
  readonly flag: Word;
  /** For `-m meth`, `-f file`, `-u id`: the argument word. */
  readonly arg: Word | undefined;
}

/** `[prefix@]host[:port[-port]]`, as in `bind` and `server`. */
export interface Address {
  readonly word: Word;
  /** Offset range of this address inside the word (bind takes comma-separated lists). */
  readonly range: TextRange;
  readonly text: string;
  /** `ipv4`, `ipv6`, `unix`, `abns`, `fd`, `sockpair`, `udp`, `quic4`… */
  readonly prefix: string | undefined;
  readonly host: string;
  /** Port text as written, e.g. `80`, `8000-8010`, `+1`, or undefined. */
  readonly port: string | undefined;
  /** The port or range when the text starts with a digit, each end read as atoi() does (`8o80` is 8). */
  readonly portRange: { readonly low: number; readonly high: number } | undefined;
  /** Port written as `+N`/`-N` (relative to the bind port, servers only). */
  readonly portOffset: boolean;
  readonly portRangeText: TextRange | undefined;
  readonly hasEnv: boolean;
}

/** `name [value]` after a server or bind address. Whether an option takes a value is catalog knowledge. */
export interface Param {
  readonly name: Word;
  readonly value: Word | undefined;
  readonly range: TextRange;
}

interface StatementBase {
  readonly line: Line;
  /** All words of the line (the `no`/`default` prefix included). */
  readonly words: readonly Word[];
  /** `no` or `default` in front of the keyword. */
  readonly modifier: 'no' | 'default' | undefined;
  /** The keyword word (after the modifier). */
  readonly keywordWord: Word;
  /** The keyword as read (first word after the modifier). */
  readonly keyword: string;
  /** Words after the keyword. */
  readonly args: readonly Word[];
  /** From the first word to the last word (comments excluded). */
  readonly range: TextRange;
  /** How many `.if` blocks enclose the statement. */
  readonly condDepth: number;
}

export interface ServerStatement extends StatementBase {
  readonly type: 'server';
  readonly keyword: 'server' | 'default-server' | 'server-template';
  readonly name: Word | undefined;
  /** server-template only: the `<num>` or `<range>` word. */
  readonly count: Word | undefined;
  readonly address: Address | undefined;
  readonly params: readonly Param[];
}
export interface BindStatement extends StatementBase {
  readonly type: 'bind';
  readonly addresses: readonly Address[];
  readonly params: readonly Param[];
}
export interface AclStatement extends StatementBase, AclBody {
  readonly type: 'acl';
  readonly name: Word | undefined;
}
export interface BackendRuleStatement extends StatementBase {
  readonly type: 'backend-rule';
  readonly keyword: 'use_backend' | 'default_backend' | 'use-server' | 'force-persist' | 'ignore-persist';
  readonly target: Word | undefined;
  /** A `use_backend`/`use-server` name holding a `%`: a log-format string, resolved at run time. */
  readonly dynamic: boolean;
  readonly condition: Condition | undefined;
}
export interface ModeStatement extends StatementBase {
  readonly type: 'mode';
  readonly value: Word | undefined;
}
export interface BalanceStatement extends StatementBase {
  readonly type: 'balance';
  readonly algorithm: Word | undefined;
  readonly algorithmArgs: readonly Word[];
}
export interface OptionStatement extends StatementBase {
  readonly type: 'option';
  readonly name: Word | undefined;
  readonly optionArgs: readonly Word[];
}
export interface TimeoutStatement extends StatementBase {
  readonly type: 'timeout';
  readonly name: Word | undefined;
  readonly value: Word | undefined;
}
export interface LogStatement extends StatementBase {
  readonly type: 'log';
  /** `global`, an address, `stdout`, `ring@name`… */
  readonly target: Word | undefined;
}
export const RULESETS = [
  'http-request', 'http-response', 'http-after-response',
  'tcp-request connection', 'tcp-request session', 'tcp-request content', 'tcp-response content', 'quic-initial',
] as const;
export type Ruleset = (typeof RULESETS)[number];
export interface RuleStatement extends StatementBase {
  readonly type: 'rule';
  readonly ruleset: Ruleset;
  readonly action: Word | undefined;
  readonly actionArgs: readonly Word[];
  readonly condition: Condition | undefined;
}
export interface CheckRuleStatement extends StatementBase {
  readonly type: 'check-rule';
  readonly keyword: 'http-check' | 'tcp-check';
  readonly action: Word | undefined;
  /** Every word after the action: check rules have no `if`/`unless` condition. */
  readonly actionArgs: readonly Word[];
}
export interface StatsStatement extends StatementBase {
  readonly type: 'stats';
  readonly sub: Word | undefined;
  readonly subArgs: readonly Word[];
  readonly condition: Condition | undefined;
}
export interface MonitorStatement extends StatementBase {
  readonly type: 'monitor';
  readonly sub: Word | undefined;
  readonly condition: Condition | undefined;
}
export interface CookieStatement extends StatementBase {
  readonly type: 'cookie';
  readonly name: Word | undefined;
  readonly cookieArgs: readonly Word[];
}
export interface ErrorfileStatement extends StatementBase {
  readonly type: 'errorfile';
  readonly status: Word | undefined;
  readonly file: Word | undefined;
}
export interface MaxconnStatement extends StatementBase {
  readonly type: 'maxconn';
  readonly value: Word | undefined;
}
export interface LogFormatStatement extends StatementBase {
  readonly type: 'log-format';
  readonly format: readonly LogFormatPart[];
}
/** Any other keyword line. */
export interface DirectiveStatement extends StatementBase {
  readonly type: 'directive';
  /** The condition, for keywords that accept `if`/`unless` (e.g. `redirect`, `http-request` fallbacks). */
  readonly condition: Condition | undefined;
}

/** `.if`/`.elif` predicate expression. */
export type CondExpr =
  | { readonly type: 'call'; readonly name: string; readonly args: readonly string[]; readonly range: TextRange }
  | { readonly type: 'literal'; readonly value: string; readonly range: TextRange }
  | { readonly type: 'not'; readonly expr: CondExpr; readonly range: TextRange }
  | { readonly type: 'and' | 'or'; readonly left: CondExpr; readonly right: CondExpr; readonly range: TextRange };
export interface ConditionalDirective extends StatementBase {
  readonly type: 'conditional';
  readonly keyword: '.if' | '.elif' | '.else' | '.endif';
  readonly expr: CondExpr | undefined;
}
export interface MessageDirective extends StatementBase {
  readonly type: 'message';
  readonly keyword: '.diag' | '.notice' | '.warning' | '.alert';
  readonly message: Word | undefined;
}

export type Statement =
  | ServerStatement | BindStatement | AclStatement | BackendRuleStatement | ModeStatement | BalanceStatement
  | OptionStatement | TimeoutStatement | LogStatement | RuleStatement | CheckRuleStatement | StatsStatement
  | MonitorStatement | CookieStatement | ErrorfileStatement | MaxconnStatement | LogFormatStatement
  | DirectiveStatement | ConditionalDirective | MessageDirective;

export interface Section {
  readonly type: 'section';
  /** `global`, `backend`…, or the unknown word for a section HAProxy does not know. */
  readonly keyword: string;
  readonly known: boolean;
  readonly header: Line;
  readonly keywordWord: Word;
  readonly name: Word | undefined;
  /** `from NAME` on proxy headers. */
  readonly from: Word | undefined;
  readonly statements: readonly Statement[];
  /** From the header to the end of its last line before the next section (trailing comments included). */
  readonly range: TextRange;
}

/** An `.if` … `.endif` block; branches are the `.if`, `.elif` and `.else` directives in order. */
export interface ConditionalBlock {
  readonly branches: readonly ConditionalDirective[];
  readonly end: ConditionalDirective | undefined;
  readonly range: TextRange;
}
