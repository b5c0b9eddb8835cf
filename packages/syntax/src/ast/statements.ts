/**
 * Builds one typed statement from a CST line, dispatching on the keyword as HAProxy's section
 * parsers do. Arguments are never rejected here: the AST accepts more than is valid and the
 * linter narrows it, so a broken line still yields a useful node.
 */
import { bindOption, serverOption } from '@hacfg/catalog';
import type { Line, TextRange, Word } from '../cst/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { parseAddress, parseAddressList } from './address.js';
import { parseAclBody, conditionStart, parseCondition } from './condition.js';
import { parseCondExpr } from './cond-expr.js';
import { parseLogFormatWord } from './sample.js';
import type { Condition, Param, Ruleset, Statement } from './types.js';

/** The fields every statement has; a class so that it is built without an intermediate object. */
class Base {
  constructor(
    readonly line: Line,
    readonly words: readonly Word[],
    readonly modifier: 'no' | 'default' | undefined,
    readonly keywordWord: Word,
    readonly keyword: string,
    readonly args: readonly Word[],
    readonly condDepth: number,
  ) {}
  get range(): TextRange {
    return { start: this.words[0]!.start, end: this.words[this.words.length - 1]!.end };
  }
}
type Extra<T extends Statement['type']> = Omit<Extract<Statement, { type: T }>, keyof Base | 'type'> & { keyword?: string };

/**
 * Statements are built as one literal plus assignments: object spread made building a 170k-line
 * file several times slower in V8.
 */
function make<T extends Statement['type']>(b: Base, type: T, extra: Extra<T>): Extract<Statement, { type: T }> {
  const s: Record<string, unknown> = { type, line: b.line, words: b.words, modifier: b.modifier, keywordWord: b.keywordWord, keyword: b.keyword, args: b.args, range: b.range, condDepth: b.condDepth };
  for (const k in extra) s[k] = (extra as Record<string, unknown>)[k];
  return s as unknown as Extract<Statement, { type: T }>;
}

/** Directive keywords (besides rules) whose line ends with an optional `if`/`unless` condition. */
const CONDITIONAL_DIRECTIVES = new Set(['redirect', 'stick', 'force-persist', 'ignore-persist', 'block', 'use-fcgi-app', 'http-reuse']);

const LOG_FORMAT_KEYWORDS = new Set(['log-format', 'log-format-sd', 'error-log-format', 'unique-id-format']);

export interface BuildContext {
  readonly source: string;
  readonly condDepth: number;
  readonly diagnostics: Diagnostic[];
}

function condAt(words: readonly Word[], from: number, ctx: BuildContext): { condition: Condition | undefined; end: number } {
  const at = conditionStart(words, from);
  if (at < 0) return { condition: undefined, end: words.length };
  const { condition, error } = parseCondition(words, ctx.source, at);
  if (error) ctx.diagnostics.push({ code: error.empty ? 'condition-empty' : 'condition-syntax', severity: error.empty ? 'warning' : 'error', message: error.message, range: { start: error.word.start, end: error.word.end } });
  return { condition, end: at };
}

/** A server/bind parameter; its range is derived when asked (few consumers need it). */
class ParamNode implements Param {
  constructor(
    readonly name: Word,
    readonly value: Word | undefined,
  ) {}
  get range(): TextRange {
    return { start: this.name.start, end: (this.value ?? this.name).end };
  }
  toJSON(): { name: Word; value: Word | undefined; range: TextRange } {
    return { name: this.name, value: this.value, range: this.range };
  }
}

function params(words: readonly Word[], takesArg: (name: string) => boolean): Param[] {
  const out: Param[] = [];
  for (let i = 0; i < words.length; i++) {
    const name = words[i]!;
    const value = takesArg(name.value) ? words[i + 1] : undefined;
    if (value) i++;
    out.push(new ParamNode(name, value));
  }
  // A pushed array keeps room for 17 entries; servers are most lines of a large file.
  return out.length > 0 ? out.slice() : EMPTY_PARAMS;
}

const EMPTY_PARAMS: Param[] = [];

const serverTakesArg = (n: string): boolean => serverOption(n)?.takesArgument === true;
const bindTakesArg = (n: string): boolean => bindOption(n)?.takesArgument === true;

/** Words read as server options, paired with their values as on a `server` line (a peers `peer` line takes the same). */
export function serverParams(words: readonly Word[]): Param[] {
  return params(words, serverTakesArg);
}

/** Words read as bind options, paired with their values as on a `bind` line (a peers `default-bind` line takes the same). */
export function bindParams(words: readonly Word[]): Param[] {
  return params(words, bindTakesArg);
}

export function buildStatement(line: Line, ctx: BuildContext): Statement | undefined {
  const words = line.words;
  if (words.length === 0) return undefined;
  let k = 0;
  let modifier: 'no' | 'default' | undefined;
  const first = words[0]!.value;
  if ((first === 'no' || first === 'default') && words.length > 1) {
    modifier = first;
    k = 1;
  }
  const keywordWord = words[k]!;
  const keyword = keywordWord.value;
  const args = words.slice(k + 1);
  const base = new Base(line, words, modifier, keywordWord, keyword, args, ctx.condDepth);
  const a = (i: number): Word | undefined => args[i];

  switch (keyword) {
    case '.if':
    case '.elif':
    case '.else':
    case '.endif': {
      let expr;
      if (keyword === '.if' || keyword === '.elif') {
        const r = parseCondExpr(args, ctx.source);
        expr = r.expr;
        if (r.error) ctx.diagnostics.push({ code: 'conditional-syntax', severity: 'error', message: `${r.error.message} in '${keyword}'`, range: { start: r.error.offset, end: Math.max(r.error.offset + 1, base.range.end) } });
      }
      return make(base, 'conditional', { keyword, expr });
    }
    case '.diag':
    case '.notice':
    case '.warning':
    case '.alert':
      return make(base, 'message', { keyword, message: a(0) });
    case 'server':
    case 'default-server':
    case 'server-template': {
      if (keyword === 'default-server') return make(base, 'server', { keyword, name: undefined, count: undefined, address: undefined, params: params(args, serverTakesArg) });
      const template = keyword === 'server-template';
      const addrWord = a(template ? 2 : 1);
      return make(base, 'server', {
        keyword,
        name: a(0),
        count: template ? a(1) : undefined,
        address: addrWord && parseAddress(addrWord, ctx.source),
        params: params(args.slice(template ? 3 : 2), serverTakesArg),
      });
    }
    case 'bind': {
      const addrWord = a(0);
      return make(base, 'bind', { addresses: addrWord ? parseAddressList(addrWord, ctx.source) : [], params: params(args.slice(1), bindTakesArg) });
    }
    case 'acl':
      return make(base, 'acl', Object.assign({ name: a(0) }, parseAclBody(args, ctx.source, 1)));
    case 'use_backend':
    case 'default_backend':
    case 'use-server': {
      const { condition } = condAt(args, 1, ctx);
      const target = a(0);
      // HAProxy compiles a switching rule's name as a log-format: any '%' makes it more than one text part.
      const dynamic = keyword !== 'default_backend' && target !== undefined && target.value.includes('%');
      return make(base, 'backend-rule', { keyword, target, dynamic, condition });
    }
    case 'mode':
      return make(base, 'mode', { value: a(0) });
    case 'balance':
      return make(base, 'balance', { algorithm: a(0), algorithmArgs: args.slice(1) });
    case 'option':
      return make(base, 'option', { name: a(0), optionArgs: args.slice(1) });
    case 'timeout':
      return make(base, 'timeout', { name: a(0), value: a(1) });
    case 'log':
      return make(base, 'log', { target: a(0) });
    case 'http-request':
    case 'http-response':
    case 'http-after-response':
    case 'quic-initial': {
      const { condition, end } = condAt(args, 1, ctx);
      return make(base, 'rule', { ruleset: keyword, action: a(0), actionArgs: args.slice(1, Math.max(1, end)), condition });
    }
    case 'tcp-request':
    case 'tcp-response': {
      const sub = a(0)?.value;
      const valid = keyword === 'tcp-request' ? sub === 'connection' || sub === 'session' || sub === 'content' : sub === 'content';
      if (valid) {
        const { condition, end } = condAt(args, 2, ctx);
        return make(base, 'rule', { ruleset: `${keyword} ${sub}` as Ruleset, action: a(1), actionArgs: args.slice(2, Math.max(2, end)), condition });
      }
      break;
    }
    case 'http-check':
    case 'tcp-check':
      // Check rules take no condition (tcpcheck.c never reads one): `if` is just another word.
      return make(base, 'check-rule', { keyword, action: a(0), actionArgs: args.slice(1) });
    case 'stats': {
      const { condition, end } = condAt(args, 1, ctx);
      return make(base, 'stats', { sub: a(0), subArgs: args.slice(1, Math.max(1, end)), condition });
    }
    case 'monitor': {
      const { condition } = condAt(args, 1, ctx);
      return make(base, 'monitor', { sub: a(0), condition });
    }
    case 'cookie':
      return make(base, 'cookie', { name: a(0), cookieArgs: args.slice(1) });
    case 'errorfile':
      return make(base, 'errorfile', { status: a(0), file: a(1) });
    case 'maxconn':
      return make(base, 'maxconn', { value: a(0) });
    default:
      if (LOG_FORMAT_KEYWORDS.has(keyword)) {
        const fmt = a(0);
        return make(base, 'log-format', { format: fmt ? parseLogFormatWord(fmt, ctx.source) : [] });
      }
  }
  const two = args[0] ? `${keyword} ${args[0].value}` : keyword;
  const condition = CONDITIONAL_DIRECTIVES.has(keyword) || CONDITIONAL_DIRECTIVES.has(two) ? condAt(args, 0, ctx).condition : undefined;
  return make(base, 'directive', { condition });
}
