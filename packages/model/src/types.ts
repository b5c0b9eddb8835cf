/** The semantic model's node types: sections, proxies, symbols and references between them. */
import type { AclStatement, Document, Section, ServerStatement, Statement, TextRange, Word } from '@hacfg/syntax';

export type ProxyKind = 'defaults' | 'frontend' | 'backend' | 'listen';

/** One section of one file, with only the statements HAProxy reads (inactive `.if` branches dropped). */
export interface SectionNode {
  readonly doc: Document;
  readonly section: Section;
  readonly keyword: string;
  readonly name: string | undefined;
  /** Position in the whole configuration (all files, in load order). */
  readonly index: number;
  readonly statements: readonly Statement[];
}

/** A value set by a statement, possibly inherited from a defaults section. */
export interface Setting {
  readonly value: string;
  readonly statement: Statement;
  /** The section whose line sets it (the proxy itself or a defaults section). */
  readonly from: SectionNode;
}

export interface Proxy extends SectionNode {
  readonly kind: ProxyKind;
  /** The defaults section this proxy inherits from (`from NAME`, or the last anonymous/any defaults). */
  readonly defaults: Proxy | undefined;
  /** `mode` in effect: own line, else inherited, else `tcp` (`haterm` reads as `http`). */
  readonly mode: string;
  readonly modeSetting: Setting | undefined;
  /** `timeout <name>` in effect, own or inherited. */
  readonly timeouts: ReadonlyMap<string, Setting>;
  /** ACLs declared in this proxy, by name, in order. */
  readonly acls: ReadonlyMap<string, readonly AclStatement[]>;
  /** `server` / `server-template` lines by name. */
  readonly servers: ReadonlyMap<string, readonly ServerStatement[]>;
  readonly isFrontend: boolean;
  readonly isBackend: boolean;
}

/** Kinds of named things a configuration may refer to. */
export type SymbolKind =
  | 'backend' | 'frontend' | 'defaults' | 'userlist' | 'peers' | 'resolvers' | 'ring' | 'cache' | 'mailers'
  | 'http-errors' | 'fcgi-app' | 'log-forward' | 'log-profile' | 'table' | 'server';

export interface Reference {
  readonly kind: SymbolKind;
  readonly name: string;
  /** Where the name is written. */
  readonly range: TextRange;
  readonly doc: Document;
  readonly statement: Statement | undefined;
  /** The section the reference is written in. */
  readonly in: SectionNode;
  /** What refers (`use_backend`, `nbsrv`, `track`, `from`, …). */
  readonly via: string;
  /** For servers: the backend named before the slash (or the current proxy). */
  readonly backend?: string;
  readonly word?: Word;
}
