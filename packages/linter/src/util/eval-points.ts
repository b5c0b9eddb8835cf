/** Where HAProxy evaluates what a statement reads (the `where` of cfgparse-listen.c / tcp_rules.c). */
import type { EvalPoint } from '@hacfg/catalog';
import type { Proxy } from '@hacfg/model';
import type { Statement } from '@hacfg/syntax';

/** The frontend point, the backend point or both, by the sides the proxy has (a defaults section has both). */
export function onSides(p: Proxy, f: EvalPoint, b: EvalPoint): EvalPoint[] {
  const fe = p.isFrontend || p.kind === 'defaults';
  const be = p.isBackend || p.kind === 'defaults';
  return [...(fe ? [f] : []), ...(be ? [b] : [])];
}

/** Where HAProxy evaluates a statement's condition (its `where` in cfgparse-listen.c / tcp_rules.c). */
export function evalPoints(st: Statement, p: Proxy): EvalPoint[] | undefined {
  const both = (f: EvalPoint, b: EvalPoint): EvalPoint[] => onSides(p, f, b);
  if (st.type === 'rule') {
    switch (st.ruleset) {
      case 'http-request':
        return both('FE_HRQ_HDR', 'BE_HRQ_HDR');
      case 'http-response':
      case 'http-after-response':
        return both('FE_HRS_HDR', 'BE_HRS_HDR');
      case 'tcp-request connection':
        return ['FE_CON_ACC'];
      case 'tcp-request session':
        return ['FE_SES_ACC'];
      case 'tcp-request content':
        return both('FE_REQ_CNT', 'BE_REQ_CNT');
      case 'tcp-response content':
        return both('FE_RES_CNT', 'BE_RES_CNT');
      default:
        return undefined;
    }
  }
  if (st.type === 'backend-rule') return st.keyword === 'use_backend' ? ['FE_SET_BCK'] : st.keyword === 'use-server' ? ['BE_SET_SRV'] : undefined;
  switch (st.keyword) {
    case 'redirect':
      return both('FE_HRQ_HDR', 'BE_HRQ_HDR');
    case 'force-persist':
    case 'ignore-persist':
      return ['BE_REQ_CNT'];
    case 'stick':
      return [st.args[0]?.value === 'store-response' ? 'BE_STO_RUL' : 'BE_SET_SRV'];
    default:
      return undefined;
  }
}

