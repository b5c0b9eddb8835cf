/**
 * The compile errors of PCRE2, which HAProxy's packages and images are built with (USE_PCRE2):
 * regex_comp() refuses the configuration line when pcre2_compile() fails. Written by hand because
 * no PCRE2 build runs synchronously in Node (the one npm wasm build needs an async start and does
 * not load on Node 20); tested against haproxy 2.6 (PCRE2 10.42) in test/regex-oracle.
 *
 * The scanner follows parse_regex() (pcre2_compile.c) closely enough to say "invalid" only where
 * every PCRE2 release since 10.3x agrees: what later releases accept (variable-length lookbehinds
 * with a bound, `(?a)`), and what it does not model (verbs, conditionals, callouts, Unicode
 * property names), yields no error.
 */

export interface PcreOptions {
  /** HAProxy's `cap`: false compiles with PCRE2_NO_AUTO_CAPTURE (ACLs, health-check expects). */
  readonly capture: boolean;
}

export interface PcreError {
  /** PCRE2's own message, as haproxy prints it. */
  readonly message: string;
  /** Where PCRE2 stopped, in characters of the pattern. */
  readonly offset: number;
}

class Invalid {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}
/** Thrown on what the scanner does not model: no verdict. */
const UNSURE = Symbol('unsure');

const QUANTIFIER_NOT_REPEATABLE = 'quantifier does not follow a repeatable item';
const NO_SUCH_GROUP = 'reference to non-existent subpattern';
const UNSUPPORTED = 'PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u';
const INVALID_RANGE = 'invalid range in character class';
const POSIX_CLASSES = new Set(['alpha', 'lower', 'upper', 'alnum', 'ascii', 'blank', 'cntrl', 'digit', 'graph', 'print', 'punct', 'space', 'word', 'xdigit']);
/** Letters after `\` that are escapes outside a class (`\F\L\l\U\u` are known but refused). */
const ESCAPE_LETTERS = new Set('aAbBcdDeEfgGhHkKnNopPQrRsStvVwWxXzZC');
/** Escapes that match a set of characters (never a range end). */
const CLASS_ESCAPES = new Set('dDsSwWhHvVpP');
const ASSERTION_ESCAPES = new Set('bBAZzGK');
const OPTION_LETTERS = new Set('imnsxJU');
const HEX = /^[0-9a-fA-F]$/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);

/** Length bounds of what a lookbehind matches; `Infinity` when unbounded, undefined when not modelled. */
type Len = readonly [number, number] | undefined;
const ONE: Len = [1, 1];
const ZERO: Len = [0, 0];

interface Frame {
  readonly lookbehind: boolean;
  readonly start: number;
  /** Options before the group, restored at its end. */
  readonly saved: Flags;
  readonly branchReset: { readonly base: number; max: number } | undefined;
  /** Length of the current branch, and the union of finished ones. */
  branch: Len;
  union: Len | 'none';
}

interface Flags {
  readonly extended: boolean;
  readonly noCapture: boolean;
}

/** A `{n}`, `{n,}` or `{n,m}` quantifier at `i` (PCRE2 10.42: no blanks, no `{,m}`), else undefined. */
function readBraces(p: string, i: number): { min: number; max: number; end: number } | undefined {
  const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 40));
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { min, max, end: i + m[0].length };
}

const addLen = (a: Len, b: Len): Len => (a && b ? [a[0] + b[0], a[1] + b[1]] : undefined);
const unionLen = (a: Len | 'none', b: Len): Len => (a === 'none' ? b : a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : undefined);

/** What pcre2_compile() says of `pattern`, or undefined when it compiles (or the scanner is unsure). */
export function pcreError(pattern: string, options: PcreOptions): PcreError | undefined {
  try {
    new Scanner(pattern, options).run();
    return undefined;
  } catch (e) {
    if (e instanceof Invalid) return { message: e.message, offset: e.offset };
    if (e === UNSURE) return undefined;
    throw e;
  }
}

class Scanner {
  private i = 0;
  private flags: Flags;
  private readonly stack: Frame[] = [];
  private frame: Frame;
  /** Whether the last item can take a quantifier. */
  private repeatable = false;
  /** Length of the last item (for a quantifier to scale). */
  private last: Len = ZERO;
  private captures = 0;
  private readonly names = new Set<string>();
  private dupNamesAllowed = false;
  private readonly numberRefs: { n: number; at: number }[] = [];
  private readonly nameRefs: { name: string; at: number }[] = [];

  constructor(
    private readonly p: string,
    options: PcreOptions,
  ) {
    this.flags = { extended: false, noCapture: !options.capture };
    this.frame = { lookbehind: false, start: 0, saved: this.flags, branchReset: undefined, branch: ZERO, union: 'none' };
  }

  run(): void {
    const p = this.p;
    while (this.i < p.length) this.item();
    if (this.stack.length > 0) throw new Invalid('missing closing parenthesis', p.length);
    for (const r of this.numberRefs) if (r.n > this.captures) throw new Invalid(NO_SUCH_GROUP, r.at);
    for (const r of this.nameRefs) if (!this.names.has(r.name)) throw new Invalid(NO_SUCH_GROUP, r.at);
  }

  /** An item that matches something (and may be quantified). */
  private atom(len: Len): void {
    this.repeatable = true;
    this.last = len;
    this.frame.branch = addLen(this.frame.branch, len);
  }

  /** An item that may not be quantified (assertion, option setting). */
  private fixed(): void {
    this.repeatable = false;
    this.last = ZERO;
  }

  private item(): void {
    const p = this.p;
    const c = p[this.i]!;
    if (this.flags.extended && /[ \t\n\v\f\r]/.test(c)) {
      this.i++;
      return;
    }
    if (this.flags.extended && c === '#') {
      const nl = p.indexOf('\n', this.i);
      this.i = nl < 0 ? p.length : nl + 1;
      return;
    }
    switch (c) {
      case '\\':
        this.escape();
        return;
      case '[':
        this.cls();
        return;
      case '(':
        this.open();
        return;
      case ')':
        this.close();
        return;
      case '|':
        this.alternative();
        return;
      case '^':
      case '$':
        this.i++;
        this.fixed();
        return;
      case '*':
      case '+':
      case '?':
        this.quantify(this.i + 1, c === '?' ? 0 : c === '+' ? 1 : 0, c === '?' ? 1 : Infinity);
        return;
      case '{': {
        const q = readBraces(p, this.i);
        if (q) {
          if (q.min > 65535 || q.max !== Infinity && q.max > 65535) throw new Invalid('number too big in {} quantifier', q.end - 1);
          if (q.max < q.min) throw new Invalid('numbers out of order in {} quantifier', q.end - 1);
          this.quantify(q.end, q.min, q.max);
          return;
        }
        this.i++;
        this.atom(ONE);
        return;
      }
      default:
        this.i++;
        this.atom(ONE);
    }
  }

  private quantify(end: number, min: number, max: number): void {
    if (!this.repeatable) throw new Invalid(QUANTIFIER_NOT_REPEATABLE, end - 1);
    this.i = end;
    // Lazy or possessive.
    if (this.p[this.i] === '?' || this.p[this.i] === '+') this.i++;
    const l = this.last;
    const scaled: Len = l ? [l[0] * min, max === Infinity ? (l[1] === 0 ? 0 : Infinity) : l[1] * max] : undefined;
    // The item was already counted once: replace it by its repeated length.
    const b = this.frame.branch;
    this.frame.branch = b && l && scaled ? [b[0] - l[0] + scaled[0], b[1] - l[1] + scaled[1]] : undefined;
    this.repeatable = false;
    this.last = ZERO;
  }

  private alternative(): void {
    this.i++;
    const f = this.frame;
    f.union = unionLen(f.union, f.branch);
    f.branch = ZERO;
    if (f.branchReset) {
      f.branchReset.max = Math.max(f.branchReset.max, this.captures);
      this.captures = f.branchReset.base;
    }
    this.fixed();
  }

  private open(): void {
    const p = this.p;
    const start = this.i;
    if (p[start + 1] === '*') throw UNSURE;
    if (p[start + 1] !== '?') {
      this.i++;
      if (!this.flags.noCapture) this.captures++;
      this.push(start, false, undefined);
      return;
    }
    const k = p[start + 2];
    if (k === undefined) throw new Invalid('missing closing parenthesis', p.length);
    if (k === '#') {
      const end = p.indexOf(')', start + 3);
      if (end < 0) throw new Invalid('missing ) after (?# comment', p.length);
      // A comment leaves the previous item quantifiable.
      this.i = end + 1;
      return;
    }
    if (k === '(' || k === 'C') throw UNSURE;
    if (k === ':' || k === '>' || k === '=' || k === '!') {
      this.i = start + 3;
      this.push(start, false, undefined);
      return;
    }
    if (k === '|') {
      this.i = start + 3;
      this.push(start, false, { base: this.captures, max: this.captures });
      // Names may repeat across the branches of a reset group.
      this.dupNamesAllowed = true;
      return;
    }
    if (k === '<' && (p[start + 3] === '=' || p[start + 3] === '!')) {
      this.i = start + 4;
      this.push(start, true, undefined);
      return;
    }
    if (k === '<' || k === "'" || (k === 'P' && p[start + 3] === '<')) {
      this.i = start + (k === 'P' ? 4 : 3);
      const name = this.name(k === "'" ? "'" : '>');
      if (this.names.has(name) && !this.dupNamesAllowed) throw new Invalid('two named subpatterns have the same name (PCRE2_DUPNAMES not set)', this.i - 1);
      this.names.add(name);
      this.captures++;
      this.push(start, false, undefined);
      return;
    }
    if (k === 'P') {
      const k2 = p[start + 3];
      if (k2 === undefined) throw new Invalid('missing closing parenthesis', p.length);
      if (k2 !== '=' && k2 !== '>') throw new Invalid('unrecognized character after (?P', start + 3);
      this.i = start + 4;
      const at = this.i;
      this.nameRefs.push({ name: this.name(')'), at });
      this.reference();
      return;
    }
    if (k === '&') {
      this.i = start + 3;
      const at = this.i;
      this.nameRefs.push({ name: this.name(')'), at });
      this.reference();
      return;
    }
    if (k === 'R' && p[start + 3] === ')') {
      this.i = start + 4;
      this.reference();
      return;
    }
    if (isDigit(k) || ((k === '+' || k === '-') && isDigit(p[start + 3]))) {
      const m = /^[+-]?(\d+)\)/.exec(p.slice(start + 2));
      if (!m) throw UNSURE;
      const n = Number(m[1]);
      const target = k === '+' ? this.captures + n : k === '-' ? this.captures - n + 1 : n;
      if (k === '-' && target < 1) throw new Invalid(NO_SUCH_GROUP, start + 2 + m[0].length - 1);
      if (target !== 0) this.numberRefs.push({ n: target, at: start + 2 });
      this.i = start + 2 + m[0].length;
      this.reference();
      return;
    }
    this.options(start);
  }

  /** `(?imnsxJU-imnsxJU)` or `(?…:`; `^` first resets them. */
  private options(start: number): void {
    const p = this.p;
    let i = start + 2;
    let hyphen = false;
    let caret = false;
    let { extended, noCapture } = this.flags;
    if (p[i] === '^') {
      caret = true;
      extended = false;
      noCapture = false;
      i++;
    }
    for (; i < p.length && p[i] !== ')' && p[i] !== ':'; i++) {
      const ch = p[i]!;
      if (ch === '-') {
        if (hyphen || caret) throw new Invalid('invalid hyphen in option setting', i);
        hyphen = true;
        continue;
      }
      // Letters later releases added (`a`: ASCII restrictions, `r`: caseless restrict).
      if (ch === 'a' || ch === 'r') throw UNSURE;
      if (!OPTION_LETTERS.has(ch)) throw new Invalid('unrecognized character after (? or (?-', i);
      if (ch === 'x') {
        // `xx` also ignores blanks in classes: not modelled.
        if (p[i + 1] === 'x' && !hyphen) throw UNSURE;
        extended = !hyphen;
      }
      if (ch === 'n') noCapture = !hyphen;
      if (ch === 'J' && !hyphen) this.dupNamesAllowed = true;
    }
    if (i >= p.length) throw new Invalid('missing closing parenthesis', p.length);
    this.i = i + 1;
    if (p[i] === ')') {
      this.flags = { extended, noCapture };
      this.fixed();
      return;
    }
    this.push(start, false, undefined);
    this.flags = { extended, noCapture };
  }

  /** A group name up to `end` (PCRE2 10.42: word characters, not starting with a digit, at most 32). */
  private name(end: string): string {
    const p = this.p;
    const s = this.i;
    if (isDigit(p[s])) throw new Invalid('subpattern name must start with a non-digit', s);
    let i = s;
    while (isWordChar(p[i])) i++;
    if (i === s && p[i] !== undefined && p[i] !== end) throw new Invalid('subpattern name expected', s);
    if (i - s > 32) throw new Invalid('subpattern name is too long (maximum 32 code units)', i);
    if (i === s) throw new Invalid('subpattern name expected', s);
    if (p[i] !== end) throw new Invalid('syntax error in subpattern name (missing terminator?)', i);
    this.i = i + 1;
    return p.slice(s, i);
  }

  /** A back-reference or subroutine call: matches something, length not modelled. */
  private reference(): void {
    this.atom(undefined);
  }

  private push(start: number, lookbehind: boolean, branchReset: Frame['branchReset']): void {
    this.stack.push(this.frame);
    this.frame = { lookbehind, start, saved: this.flags, branchReset, branch: ZERO, union: 'none' };
    this.fixed();
  }

  private close(): void {
    const f = this.frame;
    const outer = this.stack.pop();
    if (!outer) throw new Invalid('unmatched closing parenthesis', this.i);
    this.i++;
    const len = unionLen(f.union, f.branch);
    // Unbounded in any release; PCRE2 10.43 accepts bounded variable lengths.
    if (f.lookbehind && len && len[1] === Infinity) throw new Invalid('lookbehind assertion is not fixed length', f.start);
    if (f.branchReset) this.captures = Math.max(f.branchReset.max, this.captures);
    this.flags = f.saved;
    this.frame = outer;
    // Assertions match no characters; a quantified assertion is allowed.
    const k = this.p.slice(f.start + 1, f.start + 4);
    const assertion = /^\?(=|!|<=|<!)/.test(k);
    this.atom(assertion ? ZERO : len);
  }

  /** `\` outside a class. */
  private escape(): void {
    const p = this.p;
    const s = this.i;
    const c = p[s + 1];
    if (c === undefined) throw new Invalid('\\ at end of pattern', p.length);
    this.i = s + 2;
    if (c === 'Q') {
      const e = p.indexOf('\\E', this.i);
      const end = e < 0 ? p.length : e;
      for (let k = this.i; k < end; k++) this.atom(ONE);
      this.i = e < 0 ? p.length : e + 2;
      return;
    }
    // A lone `\E` is ignored.
    if (c === 'E') return;
    if (ASSERTION_ESCAPES.has(c)) {
      this.fixed();
      return;
    }
    if (isDigit(c)) {
      this.digits(s);
      return;
    }
    if (c === 'g') {
      this.gReference();
      return;
    }
    if (c === 'k') {
      this.namedReference('\\k is not followed by a braced, angle-bracketed, or quoted name');
      return;
    }
    if (c === 'N' && p[this.i] === '{' && !readBraces(p, this.i)) {
      if (p.startsWith('U+', this.i + 1)) throw new Invalid('\\N{U+dddd} is supported only in Unicode (UTF) mode', this.i);
      throw new Invalid(UNSUPPORTED, this.i);
    }
    if (c === 'R' || c === 'X') {
      this.atom(c === 'R' ? [1, 2] : [1, Infinity]);
      return;
    }
    this.character(c, s, false);
    this.atom(ONE);
  }

  /**
   * The rest of an escape that stands for one character or set (both inside and outside classes):
   * checks it, moves past it and returns its code (undefined for a set).
   */
  private character(c: string, s: number, inClass: boolean): number | undefined {
    const p = this.p;
    if (c === 'F' || c === 'L' || c === 'l' || c === 'U' || c === 'u') throw new Invalid(UNSUPPORTED, s + 2);
    if (/[A-Za-z]/.test(c) && !ESCAPE_LETTERS.has(c)) throw new Invalid('unrecognized character follows \\', s + 1);
    if (c === 'c') {
      const x = p[this.i];
      if (x === undefined) throw new Invalid('\\c at end of pattern', this.i);
      if (x.charCodeAt(0) < 32 || x.charCodeAt(0) > 126) throw new Invalid('\\c must be followed by a printable ASCII character', this.i);
      this.i++;
      return x.toUpperCase().charCodeAt(0) ^ 0x40;
    }
    if (c === 'p' || c === 'P') {
      if (p[this.i] === '{') {
        const e = p.indexOf('}', this.i);
        if (e < 0) throw new Invalid('malformed \\P or \\p sequence', p.length);
        this.i = e + 1;
      } else if (p[this.i] === undefined) throw new Invalid('malformed \\P or \\p sequence', this.i);
      else this.i++;
      return undefined;
    }
    if (c === 'x') {
      if (p[this.i] === '{') {
        const m = /^\{([0-9a-fA-F]+)\}/.exec(p.slice(this.i));
        if (!m) throw UNSURE;
        const v = parseInt(m[1]!, 16);
        if (v > 0xff) throw new Invalid('character code point value in \\x{} or \\o{} is too large', this.i + m[0].length - 1);
        this.i += m[0].length;
        return v;
      }
      let v = 0;
      for (let k = 0; k < 2 && HEX.test(p[this.i] ?? ''); k++) v = v * 16 + parseInt(p[this.i++]!, 16);
      return v;
    }
    if (c === 'o') {
      if (p[this.i] !== '{') throw new Invalid('missing opening brace after \\o', s + 1);
      const m = /^\{([0-7]*)(.?)/.exec(p.slice(this.i))!;
      if (m[2] !== '}' || m[1] === '') throw new Invalid('non-octal character in \\o{} (closing brace missing?)', this.i + 1 + m[1]!.length);
      const v = parseInt(m[1]!, 8);
      if (v > 0xff) throw new Invalid('character code point value in \\x{} or \\o{} is too large', this.i + m[0].length - 1);
      this.i += m[0].length;
      return v;
    }
    if (inClass && isDigit(c)) {
      // In a class, digits are octal (`\8` and `\9` are the digits themselves).
      if (c === '8' || c === '9') return c.charCodeAt(0);
      let v = Number(c);
      for (let k = 0; k < 2 && /[0-7]/.test(p[this.i] ?? ''); k++) v = v * 8 + Number(p[this.i++]);
      if (v > 0xff) throw new Invalid('octal value is greater than \\377 in 8-bit non-UTF-8 mode', this.i);
      return v;
    }
    if (CLASS_ESCAPES.has(c)) return undefined;
    const simple: Record<string, number> = { a: 7, b: 8, e: 27, f: 12, n: 10, r: 13, t: 9 };
    if (simple[c] !== undefined) return simple[c];
    // `\N`, `\C`: any character (a set).
    if (c === 'N' || c === 'C') return undefined;
    return c.charCodeAt(0);
  }

  /** `\1`…: a back-reference, or an octal character (`\0`, `\012`, or `\12` with fewer groups so far). */
  private digits(s: number): void {
    const p = this.p;
    const m = /^\d+/.exec(p.slice(s + 1))![0];
    const n = Number(m);
    if (m[0] !== '0' && (n < 10 || m[0] === '8' || m[0] === '9' || n <= this.captures)) {
      this.i = s + 1 + m.length;
      this.numberRefs.push({ n, at: s + 1 });
      this.reference();
      return;
    }
    let v = 0;
    let k = s + 1;
    for (let d = 0; d < 3 && /[0-7]/.test(p[k] ?? ''); d++) v = v * 8 + Number(p[k++]);
    if (v > 0xff) throw new Invalid('octal value is greater than \\377 in 8-bit non-UTF-8 mode', k);
    // `\19` with no group 19: `\1` then the digit `9` (a literal).
    if (k === s + 1) throw UNSURE;
    this.i = k;
    this.atom(ONE);
  }

  /** `\g{n}`, `\g{-n}`, `\gn`, `\g{name}` (references) and `\g<…>`/`\g'…'` (calls). */
  private gReference(): void {
    const p = this.p;
    const rest = p.slice(this.i);
    const m = /^(?:\{([+-]?)(\d+)\}|([+-]?)(\d+)|<([+-]?)(\d+)>)/.exec(rest);
    if (m) {
      const sign = m[1] ?? m[3] ?? m[5] ?? '';
      const n = Number(m[2] ?? m[4] ?? m[6]);
      const call = m[6] !== undefined;
      const target = sign === '-' ? this.captures - n + 1 : sign === '+' ? this.captures + n : n;
      if (sign === '-' && target < 1) throw new Invalid(NO_SUCH_GROUP, this.i);
      if (target === 0 && !call) throw new Invalid(NO_SUCH_GROUP, this.i + m[0].length);
      if (target !== 0) this.numberRefs.push({ n: target, at: this.i });
      this.i += m[0].length;
      this.reference();
      return;
    }
    this.namedReference('\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number');
  }

  /** `<name>`, `{name}` or `'name'` after `\k` or `\g`; `error` when none follows. */
  private namedReference(error: string): void {
    const open = this.p[this.i];
    const close = open === '<' ? '>' : open === '{' ? '}' : open === "'" ? "'" : undefined;
    if (!close) throw new Invalid(error, this.i);
    this.i++;
    const at = this.i;
    this.nameRefs.push({ name: this.name(close), at });
    this.reference();
  }

  /** `[…]`, with POSIX classes, ranges, escapes and `\Q…\E` runs. */
  private cls(): void {
    const p = this.p;
    const s = this.i;
    const k = p[s + 1];
    // `[:alpha:]` outside a class.
    if ((k === ':' || k === '.' || k === '=') && posixEnd(p, s + 1) !== undefined)
      throw new Invalid(k === ':' ? 'POSIX named classes are supported only within a class' : 'POSIX collating elements are not supported', s);
    let i = s + 1;
    if (p[i] === '^') i++;
    // A `]` first is a literal (`\E` and `\Q\E` before it do not count).
    let first = true;
    let quoted = false;
    /** After `x-`: the next element ends a range starting at `prev`. */
    let pendingRange = false;
    let prev: number | undefined;
    for (;;) {
      const c = p[i];
      if (c === undefined) throw new Invalid('missing terminating ] for character class', p.length);
      // One element: its code (undefined for a set such as `\d` or `[:alpha:]`).
      let code: number | undefined;
      if (quoted) {
        if (p.startsWith('\\E', i)) {
          quoted = false;
          i += 2;
          continue;
        }
        code = p.charCodeAt(i++);
      } else if (c === ']' && !first) break;
      else if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '.' || p[i + 1] === '=') && posixEnd(p, i + 1) !== undefined) {
        const end = posixEnd(p, i + 1)!;
        if (p[i + 1] !== ':') throw new Invalid('POSIX collating elements are not supported', i);
        const name = p.slice(i + 2, end).replace(/^\^/, '');
        if (!POSIX_CLASSES.has(name)) throw new Invalid('unknown POSIX class name', i + 2);
        i = end + 2;
      } else if (c === '\\') {
        const e = p[i + 1];
        if (e === undefined) throw new Invalid('\\ at end of pattern', p.length);
        if (e === 'Q' || e === 'E') {
          quoted = e === 'Q';
          i += 2;
          continue;
        }
        if ('BRXkAGKzZ'.includes(e)) throw new Invalid('escape sequence is invalid in character class', i + 2);
        if (e === 'N') throw new Invalid('\\N is not supported in a class', i + 2);
        this.i = i + 2;
        code = this.character(e, i, true);
        i = this.i;
      } else code = p.charCodeAt(i++);
      first = false;
      if (pendingRange) {
        if (code === undefined) throw new Invalid(INVALID_RANGE, i - 1);
        if (code < prev!) throw new Invalid('range out of order in character class', i - 1);
        pendingRange = false;
        continue;
      }
      // `x-y` unless the hyphen is last or quoted.
      let h = i;
      if (quoted && p.startsWith('\\E', h)) h += 2;
      if ((!quoted || h !== i) && p[h] === '-' && p[h + 1] !== ']' && p[h + 1] !== undefined) {
        if (code === undefined) throw new Invalid(INVALID_RANGE, h + 1);
        quoted = false;
        pendingRange = true;
        prev = code;
        i = h + 1;
      }
    }
    this.i = i + 1;
    this.atom(ONE);
  }
}

/** check_posix_syntax(): where the `:]` (`.]`, `=]`) closing a POSIX item opened at `i` is, if any. */
function posixEnd(p: string, i: number): number | undefined {
  const t = p[i];
  for (let k = i + 1; p.length - k >= 2; k++) {
    if (p[k] === '\\' && (p[k + 1] === ']' || p[k + 1] === '\\')) k++;
    else if ((p[k] === '[' && p[k + 1] === t) || p[k] === ']') return undefined;
    else if (p[k] === t && p[k + 1] === ']') return k;
  }
  return undefined;
}
