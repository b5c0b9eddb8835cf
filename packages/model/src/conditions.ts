/**
 * Evaluates `.if`/`.elif`/`.else` blocks the way HAProxy does at start-up, for a target version,
 * an environment and a build's feature list, and tells which statements HAProxy would skip.
 */
import type { HaproxyVersion } from '@hacfg/catalog';
import type { CondExpr, Document, Statement, TextRange } from '@hacfg/syntax';

export interface ConditionEnv {
  readonly version: HaproxyVersion;
  /** Environment variables `defined()`/`streq()` see; HAProxy checks usually run with few. */
  readonly env?: Readonly<Record<string, string>>;
  /** Build features `feature()` tests (`OPENSSL`, `LUA`, …); see DEFAULT_FEATURES. */
  readonly features?: readonly string[];
}

/** The features of a common distribution build (OpenSSL, Lua, PCRE2, Prometheus; no QUIC). */
export const DEFAULT_FEATURES: readonly string[] = [
  'ACCEPT4', 'BACKTRACE', 'CPU_AFFINITY', 'CRYPT_H', 'DL', 'EPOLL', 'GETADDRINFO', 'LIBCRYPT', 'LINUX_SPLICE',
  'LINUX_TPROXY', 'LUA', 'NETFILTER', 'NS', 'OPENSSL', 'OT', 'PCRE2', 'PCRE2_JIT', 'POLL', 'PRCTL', 'PROMEX',
  'RT', 'SLZ', 'SYSTEMD', 'TFO', 'THREAD', 'THREAD_DUMP', 'TPROXY',
];

function expand(s: string, env: Readonly<Record<string, string>>): string {
  return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, def: string | undefined, b: string | undefined) => {
    const v = env[(a ?? b)!];
    return v ?? def ?? '';
  });
}

/** `2.6`, `2.6.12`, `2.6-dev3` → comparable numbers; the target branch counts as its newest patch. */
function versionParts(v: string): number[] {
  return v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
}
function atLeast(target: HaproxyVersion, wanted: string): boolean {
  const t = versionParts(target.replace('-dev', ''));
  const w = versionParts(wanted);
  for (let i = 0; i < Math.max(t.length, w.length); i++) {
    const a = i < t.length ? t[i]! : i === 2 ? Infinity : 0;
    const b = w[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

export function evalCondExpr(e: CondExpr, c: ConditionEnv): boolean {
  const env = c.env ?? {};
  switch (e.type) {
    case 'not':
      return !evalCondExpr(e.expr, c);
    case 'and':
      return evalCondExpr(e.left, c) && evalCondExpr(e.right, c);
    case 'or':
      return evalCondExpr(e.left, c) || evalCondExpr(e.right, c);
    case 'literal': {
      const v = expand(e.value, env).trim();
      return v !== '' && v !== '0' && !/^0+$/.test(v);
    }
    case 'call': {
      const args = e.args.map((a) => expand(a, env));
      const a0 = args[0] ?? '';
      switch (e.name) {
        case 'defined':
          return Object.prototype.hasOwnProperty.call(env, e.args[0] ?? '');
        case 'feature':
          return (c.features ?? DEFAULT_FEATURES).includes(a0);
        case 'streq':
          return a0 === (args[1] ?? '');
        case 'strneq':
          return a0 !== (args[1] ?? '');
        case 'strstr':
          return a0.includes(args[1] ?? '');
        case 'version_atleast':
          return atLeast(c.version, a0);
        case 'version_before':
          return !atLeast(c.version, a0);
        case 'enabled':
          return true;
        default:
          // openssl_version_*, ssllib_name_startswith, awslc_*, fips_mode: build facts we lack.
          return false;
      }
    }
  }
}

/** Offset ranges of `.if` branch bodies HAProxy would skip. */
export function inactiveRanges(doc: Document, c: ConditionEnv): TextRange[] {
  const skipped: TextRange[] = [];
  for (const block of doc.conditionals) {
    let taken = false;
    const marks = [...block.branches.map((b) => b.line.start), block.end ? block.end.line.start : block.range.end];
    block.branches.forEach((b, i) => {
      const active = !taken && (b.keyword === '.else' || (b.expr !== undefined && evalCondExpr(b.expr, c)));
      if (active) taken = true;
      else skipped.push({ start: b.line.end, end: marks[i + 1]! });
    });
  }
  return skipped;
}

/** Statements HAProxy would skip because a `.if` branch around them is not taken. */
export function inactiveStatements(doc: Document, c: ConditionEnv, skipped = inactiveRanges(doc, c)): Set<Statement> {
  const out = new Set<Statement>();
  if (skipped.length === 0) return out;
  for (const { statement } of doc.statements()) {
    const at = statement.line.start;
    if (skipped.some((r) => at >= r.start && at < r.end)) out.add(statement);
  }
  return out;
}
