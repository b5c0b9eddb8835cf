// Where fetches can be evaluated (facts extracted from HAProxy's source; see fetch-usage.ts).
import { describe, expect, it } from 'vitest';
import { FETCHES, fetchEvalPoints, knownIn } from '../src/index.js';

describe('fetchEvalPoints', () => {
  it('knows which fetches exist at which evaluation point', () => {
    // The request buffer does not exist yet when a connection is accepted.
    expect(fetchEvalPoints('req.ssl_sni', '2.6')?.has('FE_CON_ACC')).toBe(false);
    expect(fetchEvalPoints('req.ssl_sni', '2.6')?.has('FE_REQ_CNT')).toBe(true);
    // Response headers do not exist in request rules, but do in response rules.
    expect(fetchEvalPoints('res.hdr', '3.4')?.has('FE_HRQ_HDR')).toBe(false);
    expect(fetchEvalPoints('res.hdr', '3.4')?.has('BE_HRS_HDR')).toBe(true);
    // The client address exists from the start.
    expect(fetchEvalPoints('src', '2.6')?.has('FE_CON_ACC')).toBe(true);
    // ACL derivatives resolve to their fetch (hdr_beg reads req.hdr).
    expect(fetchEvalPoints('hdr_beg', '2.6')).toEqual(fetchEvalPoints('req.hdr', '2.6'));
    expect(fetchEvalPoints('no_such_fetch')).toBeUndefined();
  });

  it('covers every fetch of the 2.6 and 3.4 catalogs', () => {
    // set-cookie is a documented ACL keyword that the fetch tables do not list.
    const missing = (v: '2.6' | '3.4') => FETCHES.filter((f) => knownIn(f, v) && fetchEvalPoints(f.name, v) === undefined).map((f) => f.name);
    expect(missing('2.6')).toEqual(['set-cookie']);
    expect(missing('3.4')).toEqual(['set-cookie']);
  });
});
