/** Rules, their context and the messages the engine produces. */
import type { HaproxyVersion } from '@hacfg/catalog';
import type { Config, Proxy, SectionNode } from '@hacfg/model';
import type { Document, Statement, TextEdit, TextRange } from '@hacfg/syntax';

export type RuleSeverity = 'error' | 'warning';
export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error';
export type RuleCategory = 'syntax' | 'vocabulary' | 'version' | 'reference' | 'mode' | 'order' | 'security' | 'suggestion';

export interface RuleMeta {
  /** One line: "Disallow …" / "Require …". */
  readonly description: string;
  readonly severity: RuleSeverity;
  readonly category: RuleCategory;
  readonly fixable: boolean;
  /** Message templates by id; `{{name}}` is replaced from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
  /** HAProxy versions the rule applies to, as `[since, until)`; all when absent. */
  readonly versions?: { readonly since?: HaproxyVersion; readonly until?: HaproxyVersion };
  /**
   * The rule reports what HAProxy itself prints a warning about (all its messages, or these ids),
   * checked against haproxy 2.6 by the warning fidelity tests: under `zero-warning` in the global
   * section HAProxy refuses to start on them, and the engine adds a zero-warning error.
   */
  readonly haproxyWarning?: true | readonly string[];
}

/** Where a statement sits. */
export interface Where {
  readonly doc: Document;
  readonly node: SectionNode | undefined;
  /** The proxy, when the section is one (defaults included). */
  readonly proxy: Proxy | undefined;
}

export interface RelatedReport {
  readonly message: string;
  readonly range: TextRange;
  readonly doc?: Document;
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: TextRange;
  /** The file; defaults to the one being visited. */
  readonly doc?: Document;
  readonly related?: readonly RelatedReport[];
  readonly fix?: readonly TextEdit[];
}

export interface RuleContext {
  readonly id: string;
  readonly config: Config;
  readonly version: HaproxyVersion;
  /** The environment HAProxy would start with (empty by default, as `haproxy -c` in a clean shell). */
  readonly env: Readonly<Record<string, string>>;
  report(r: Report): void;
}

type StatementOf<T extends Statement['type']> = Extract<Statement, { type: T }>;
export type StatementVisitor<S extends Statement = Statement> = (st: S, where: Where) => void;

/** Visitors by statement type (`server`, `rule`, …), by keyword (`keyword:use_backend`) and hooks. */
export type Visitors = { readonly [T in Statement['type']]?: StatementVisitor<StatementOf<T>> } & {
  readonly statement?: StatementVisitor;
  readonly section?: (node: SectionNode) => void;
  readonly config?: () => void;
  readonly 'config:exit'?: () => void;
} & { readonly [K in `keyword:${string}`]?: StatementVisitor };

export interface Rule {
  readonly id: string;
  readonly meta: RuleMeta;
  create(ctx: RuleContext): Visitors;
}

export interface RelatedLocation {
  readonly message: string;
  readonly filePath: string | undefined;
  readonly range: TextRange;
  readonly line: number;
  readonly column: number;
}

/** One problem, with 1-based line/column (columns in UTF-16 units; end exclusive). */
export interface LintMessage {
  readonly ruleId: string;
  /** The rule's message id (the syntax error code for `syntax/…`). */
  readonly messageId: string;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly range: TextRange;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: readonly TextEdit[];
}

export interface LintResult {
  readonly filePath: string | undefined;
  readonly doc: Document;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableCount: number;
  /** The fixed text, when fixing was asked and changed something. */
  readonly output?: string;
}
