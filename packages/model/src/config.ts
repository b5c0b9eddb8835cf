/**
 * Builds the semantic model of a configuration from one or more parsed files, in load order (as
 * `haproxy -f a.cfg -f conf.d/`): sections, defaults inheritance, symbols and references.
 */
import { LATEST_STABLE, builtinEnv, compareVersions, sectionInfo, type HaproxyVersion } from '@hacfg/catalog';
import type { AclStatement, Document, Section, ServerStatement, Statement, TextRange } from '@hacfg/syntax';
import { inactiveRanges, inactiveStatements, type ConditionEnv } from './conditions.js';
import { collectReferences, type AclUse } from './references.js';
import type { Proxy, ProxyKind, Reference, SectionNode, Setting, SymbolKind } from './types.js';

export interface ModelOptions {
  readonly version?: HaproxyVersion;
  readonly env?: Readonly<Record<string, string>>;
  readonly features?: readonly string[];
}

/** Non-proxy sections that define a named symbol. */
const SYMBOL_SECTIONS: ReadonlySet<string> = new Set(['userlist', 'peers', 'resolvers', 'ring', 'cache', 'mailers', 'http-errors', 'fcgi-app', 'log-forward', 'log-profile', 'program']);

/** A line of a global section (see Config.globalLines). */
export interface GlobalLine {
  readonly statement: Statement;
  readonly section: SectionNode;
}

export class Config {
  readonly docs: readonly Document[];
  readonly version: HaproxyVersion;
  /**
   * The environment HAProxy reads the files in: the variables it defines itself for this release
   * (catalog builtinEnv), under the ones given in the options.
   */
  readonly env: Readonly<Record<string, string>>;
  readonly sections: readonly SectionNode[];
  readonly proxies: readonly Proxy[];
  /** Named symbols: proxies by kind, other sections by keyword (`userlist`, `peers`, …). */
  readonly symbols: ReadonlyMap<string, ReadonlyMap<string, readonly SectionNode[]>>;
  readonly references: readonly Reference[];
  /** Named ACL uses in conditions, per proxy. */
  readonly aclUses: readonly AclUse[];
  private readonly inactive: ReadonlySet<Statement>;
  private readonly sectionOf = new Map<Section, SectionNode>();
  /** Per file, lines after a skipped section header and before any section HAProxy opens: out of section. */
  private readonly orphans = new Map<Document, readonly Statement[]>();
  /** Per file, the text of `.if` branches HAProxy would skip. */
  private readonly skipped = new Map<Document, readonly TextRange[]>();

  constructor(docs: readonly Document[], options: ModelOptions = {}) {
    this.docs = docs;
    this.version = options.version ?? LATEST_STABLE;
    this.env = { ...builtinEnv(this.version, docs.map((d) => d.fileName ?? '')), ...options.env };
    const condEnv: ConditionEnv = { version: this.version, env: this.env, ...(options.features ? { features: options.features } : {}) };
    const inactive = new Set<Statement>();
    const skippedHeaders = new Set<Section>();
    for (const d of docs) {
      const ranges = inactiveRanges(d, condEnv);
      if (ranges.length > 0) this.skipped.set(d, ranges);
      for (const s of inactiveStatements(d, condEnv, ranges)) inactive.add(s);
      for (const s of d.sections) if (ranges.some((r) => s.header.start >= r.start && s.header.start < r.end)) skippedHeaders.add(s);
    }
    this.inactive = inactive;

    const sections: SectionNode[] = [];
    const proxies: Proxy[] = [];
    const symbols = new Map<string, Map<string, SectionNode[]>>();
    const addSymbol = (kind: string, name: string, node: SectionNode): void => {
      let m = symbols.get(kind);
      if (!m) symbols.set(kind, (m = new Map()));
      const list = m.get(name);
      if (list) list.push(node);
      else m.set(name, [node]);
    };
    let lastDefaults: Proxy | undefined;
    for (const doc of docs) {
      // Without `.if` blocks skipped, a section's own array serves (one copy less per section).
      const own = (section: Section): readonly Statement[] => (inactive.size === 0 ? section.statements : section.statements.filter((s) => !inactive.has(s)));
      // A header HAProxy skips opens nothing: the lines after the block stay in the section before it.
      const plan: { section: Section; statements: readonly Statement[] }[] = [];
      for (const section of doc.sections) {
        if (!skippedHeaders.has(section)) plan.push({ section, statements: own(section) });
        else {
          const rest = own(section);
          const last = plan[plan.length - 1];
          if (rest.length === 0) continue;
          if (last) last.statements = [...last.statements, ...rest];
          else this.orphans.set(doc, [...(this.orphans.get(doc) ?? []), ...rest]);
        }
      }
      for (const { section, statements } of plan) {
        const base: SectionNode = { doc, section, keyword: section.keyword, name: section.name?.value, index: sections.length, statements };
        const info = section.known ? sectionInfo(section.keyword) : undefined;
        if (info?.kind === 'proxy') {
          const kind = section.keyword as ProxyKind;
          const fromName = section.from?.value;
          // A defaults section starts afresh unless it names a parent with `from`.
          const parent = fromName !== undefined ? findLast(symbols.get('defaults')?.get(fromName)) : kind === 'defaults' ? undefined : lastDefaults;
          const proxy = buildProxy(base, kind, parent as Proxy | undefined);
          proxies.push(proxy);
          sections.push(proxy);
          this.sectionOf.set(section, proxy);
          if (kind === 'defaults') {
            lastDefaults = proxy;
            if (proxy.name !== undefined) addSymbol('defaults', proxy.name, proxy);
          } else if (proxy.name !== undefined) {
            addSymbol(kind, proxy.name, proxy);
          }
        } else {
          sections.push(base);
          this.sectionOf.set(section, base);
          if (base.name !== undefined && SYMBOL_SECTIONS.has(section.keyword)) addSymbol(section.keyword, base.name, base);
        }
      }
    }
    this.sections = sections;
    this.proxies = proxies;
    this.symbols = symbols;
    const refs = collectReferences(this);
    this.references = refs.references;
    this.aclUses = refs.aclUses;
  }

  /**
   * Statements HAProxy reads outside any section besides the file's preamble: those after the `.if`
   * block that skipped the only section header before them.
   */
  outOfSection(doc: Document): readonly Statement[] {
    return this.orphans.get(doc) ?? [];
  }

  /** True for an offset inside a `.if` branch HAProxy would skip (section headers and comments included). */
  inSkippedBlock(doc: Document, offset: number): boolean {
    return this.skipped.get(doc)?.some((r) => offset >= r.start && offset < r.end) ?? false;
  }

  /** False for statements inside a `.if` branch HAProxy would skip for this version and env. */
  isActive(st: Statement): boolean {
    return !this.inactive.has(st);
  }

  nodeOf(section: Section): SectionNode | undefined {
    return this.sectionOf.get(section);
  }

  proxyOf(section: Section | undefined): Proxy | undefined {
    const n = section && this.sectionOf.get(section);
    return n && 'kind' in n ? (n as Proxy) : undefined;
  }

  private checkedDefaults: ReadonlySet<SectionNode> | undefined;
  /**
   * Whether HAProxy resolves a name written in a defaults section (the references collected there):
   * - a `default-server` value, in each server that inherits it: some proxy using the section has
   *   a server that neither sets the parameter itself nor gets it from the proxy's own `default-server`;
   * - `errorfiles`, in each proxy using the section (from 3.4 in the section itself, even unused);
   * - rules and ACLs, only when a proxy uses the section and it has TCP/HTTP rules
   *   (proxy_ref_defaults(), then check_config_validity() checks the defaults proxy).
   */
  resolvedInDefaults(r: Reference): boolean {
    const node = r.in;
    switch (r.statement?.keyword) {
      case 'default-server': {
        const sets = (st: Statement): boolean => st.type === 'server' && st.params.some((x) => x.name.value === r.via);
        return this.realProxies.some(
          (p) => p.defaults === node && !p.statements.some((st) => st.keyword === 'default-server' && sets(st)) && [...p.servers.values()].some((list) => list.some((st) => !sets(st))),
        );
      }
      case 'default_backend':
        // Frontends that keep it (no own default_backend) look it up each (proxy.c copies the name).
        return this.realProxies.some((p) => p.defaults === node && p.isFrontend && !p.statements.some((st) => st.keyword === 'default_backend'));
      case 'errorfiles':
        // 3.4 resolves a named defaults section's own; an anonymous one's only when a proxy uses it (3.4.0).
        return (compareVersions(this.version, '3.4') >= 0 && node.name !== undefined) || this.realProxies.some((p) => p.defaults === node);
      default:
        // Each defaults section once, however many proxies use it.
        this.checkedDefaults ??= new Set([...new Set(this.realProxies.map((p) => p.defaults))].filter((d): d is Proxy => d !== undefined && d.statements.some((st) => st.type === 'rule')));
        return this.checkedDefaults.has(node);
    }
  }

  /** Sections of a keyword (`userlist`, …) or proxies of a kind with that name. */
  lookup(kind: string, name: string): readonly SectionNode[] {
    return this.symbols.get(kind)?.get(name) ?? [];
  }

  /** A proxy with backend capability (backend or listen) named `name`. */
  backend(name: string): Proxy | undefined {
    return (this.lookup('backend', name)[0] ?? this.lookup('listen', name)[0]) as Proxy | undefined;
  }

  /** A proxy with frontend capability (frontend or listen). */
  frontend(name: string): Proxy | undefined {
    return (this.lookup('frontend', name)[0] ?? this.lookup('listen', name)[0]) as Proxy | undefined;
  }

  /** Any proxy (not defaults) named `name`: what stick tables and track references resolve to. */
  anyProxy(name: string): Proxy | undefined {
    return this.realProxiesByName.get(name)?.[0];
  }

  /** Whether a symbol of `kind` named `name` exists, following HAProxy's lookups. */
  resolves(kind: SymbolKind, name: string): boolean {
    switch (kind) {
      case 'backend':
        return this.backend(name) !== undefined;
      case 'frontend':
        return this.frontend(name) !== undefined;
      case 'table':
        return (this.realProxiesByName.get(name) ?? []).some((p) => p.statements.some((s) => s.keyword === 'stick-table')) || this.peersTable(name);
      case 'resolvers':
        // From 2.6 HAProxy creates a `default` resolvers section (from resolv.conf) when none is declared.
        return this.lookup(kind, name).length > 0 || (name === 'default' && compareVersions(this.version, '2.6') >= 0);
      default:
        return this.lookup(kind, name).length > 0;
    }
  }

  /** `table NAME` declared inside a peers section (2.0+), referenced as `peers/NAME` or `NAME`. */
  private peersTable(name: string): boolean {
    for (const s of this.sections) {
      if (s.keyword !== 'peers') continue;
      for (const st of s.statements) if (st.keyword === 'table' && (st.args[0]?.value === name || `${s.name}/${st.args[0]?.value}` === name)) return true;
    }
    return false;
  }

  private globalLinesCache: ReadonlyMap<string, readonly GlobalLine[]> | undefined;

  /**
   * The active lines of the global sections with this keyword (no `no`/`default` prefix), in load
   * order, with their section: rules ask the global section about settings that apply everywhere.
   */
  globalLines(keyword: string): readonly GlobalLine[] {
    if (!this.globalLinesCache) {
      const m = new Map<string, GlobalLine[]>();
      for (const section of this.sections) {
        if (section.keyword !== 'global') continue;
        for (const statement of section.statements) if (statement.modifier === undefined) push(m, statement.keyword, { statement, section });
      }
      this.globalLinesCache = m;
    }
    return this.globalLinesCache.get(keyword) ?? [];
  }

  private realProxiesCache: readonly Proxy[] | undefined;
  private realProxiesByNameCache: ReadonlyMap<string, readonly Proxy[]> | undefined;

  /** Proxies that are not defaults sections, by name, in order: lookups per reference stay O(1). */
  private get realProxiesByName(): ReadonlyMap<string, readonly Proxy[]> {
    if (!this.realProxiesByNameCache) {
      const m = new Map<string, Proxy[]>();
      for (const p of this.realProxies) if (p.name !== undefined) push(m, p.name, p);
      this.realProxiesByNameCache = m;
    }
    return this.realProxiesByNameCache;
  }

  /** Proxies that are not defaults sections. */
  get realProxies(): readonly Proxy[] {
    return (this.realProxiesCache ??= this.proxies.filter((p) => p.kind !== 'defaults'));
  }
}

function findLast<T>(list: readonly T[] | undefined): T | undefined {
  return list?.[list.length - 1];
}

// A Map, not an object: keywords such as `constructor` must not hit Object.prototype.
const TIMEOUT_ALIASES: ReadonlyMap<string, string> = new Map([['clitimeout', 'client'], ['srvtimeout', 'server'], ['contimeout', 'connect']]);

const NO_SETTINGS: ReadonlyMap<string, Setting> = new Map();
const NO_ACLS: ReadonlyMap<string, readonly AclStatement[]> = new Map();
const NO_SERVERS: ReadonlyMap<string, readonly ServerStatement[]> = new Map();

function buildProxy(base: SectionNode, kind: ProxyKind, parent: Proxy | undefined): Proxy {
  let modeSetting = parent?.modeSetting;
  // Shared until the proxy sets one of its own (most proxies inherit every timeout); the maps of
  // proxies without ACLs or servers share one empty map. Large files have tens of thousands of proxies.
  let timeouts: Map<string, Setting> | undefined;
  const inherited = parent?.timeouts ?? NO_SETTINGS;
  const setTimeout = (name: string, v: Setting): void => void (timeouts ??= new Map(inherited)).set(name, v);
  let acls: Map<string, AclStatement[]> | undefined;
  let servers: Map<string, ServerStatement[]> | undefined;
  const statements = base.statements;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    if (st.type === 'mode' && st.value) modeSetting = { value: st.value.value, statement: st, from: base };
    else if (st.type === 'timeout' && st.name && st.value && st.modifier === undefined) setTimeout(st.name.value, { value: st.value.value, statement: st, from: base });
    else if (TIMEOUT_ALIASES.has(st.keyword) && st.args[0]) setTimeout(TIMEOUT_ALIASES.get(st.keyword)!, { value: st.args[0].value, statement: st, from: base });
    else if (st.type === 'acl' && st.name) push((acls ??= new Map()), st.name.value, st);
    else if (st.type === 'server' && st.keyword !== 'default-server' && st.name) push((servers ??= new Map()), st.name.value, st);
  }
  // One literal with every field spelled out: spreading `base` and adding fields made building
  // 25k proxies cost ~5 µs each in V8 (a chain of hidden-class transitions per object).
  return {
    doc: base.doc,
    section: base.section,
    keyword: base.keyword,
    name: base.name,
    index: base.index,
    statements: base.statements,
    kind,
    defaults: parent,
    // haterm (3.4) is HTTP mode with HAProxy's benchmark stream handler (refused on a backend's own line).
    mode: modeSetting?.value === 'haterm' && (kind !== 'backend' || modeSetting.from !== base) ? 'http' : (modeSetting?.value ?? 'tcp'),
    modeSetting: modeSetting as Setting | undefined,
    timeouts: timeouts ?? inherited,
    acls: acls ?? NO_ACLS,
    servers: servers ?? NO_SERVERS,
    isFrontend: kind === 'frontend' || kind === 'listen',
    isBackend: kind === 'backend' || kind === 'listen',
  };
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function buildConfig(docs: Document | readonly Document[], options: ModelOptions = {}): Config {
  return new Config(Array.isArray(docs) ? docs : [docs as Document], options);
}

export type { TextRange };
