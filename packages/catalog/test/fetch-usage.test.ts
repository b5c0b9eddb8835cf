// Where fetches can be evaluated (facts extracted from HAProxy's source; see fetch-usage.ts).
import { describe, expect, it } from 'vitest';
import { FETCHES, VERSIONS, fetchEvalPoints, knownIn, type HaproxyVersion } from '../src/index.js';

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

  it("reads each release's own facts (checked with the 2.6, 2.8, 3.0 and 3.4 binaries)", () => {
    // 3.0 registers the byte counters as internal (readable anywhere) and fs.id as response content;
    // 3.4 reads them from the finished request and the client session.
    expect(fetchEvalPoints('bytes_in', '3.0')?.has('FE_CON_ACC')).toBe(true);
    expect(fetchEvalPoints('bytes_in', '3.4')?.has('FE_CON_ACC')).toBe(false);
    expect(fetchEvalPoints('fs.id', '3.0')?.has('FE_SES_ACC')).toBe(false);
    expect(fetchEvalPoints('fs.id', '3.4')?.has('FE_SES_ACC')).toBe(true);
    // req.ver is readable in response rules and logs only from 3.1 on (3.0 refuses it there).
    expect(fetchEvalPoints('req.ver', '3.0')?.has('FE_HRS_HDR')).toBe(false);
    expect(fetchEvalPoints('req.ver', '3.0')?.has('FE_LOG_END')).toBe(false);
    expect(fetchEvalPoints('req.ver', '3.4')?.has('FE_LOG_END')).toBe(true);
    // 2.7 reads 2.6's facts, a development release 3.4's.
    expect(fetchEvalPoints('bytes_in', '2.7')).toEqual(fetchEvalPoints('bytes_in', '2.6'));
    expect(fetchEvalPoints('req.ver', '3.5-dev')).toEqual(fetchEvalPoints('req.ver', '3.4'));
  });

  it('covers every fetch of every catalogued release', () => {
    // set-cookie is a documented ACL keyword that the fetch tables do not list.
    const missing = (v: HaproxyVersion) => FETCHES.filter((f) => knownIn(f, v) && fetchEvalPoints(f.name, v) === undefined).map((f) => f.name);
    // Releases only: the development branch's new fetches have no extracted facts.
    for (const v of VERSIONS.filter((x) => !x.includes('dev'))) expect(missing(v).filter((n) => n !== 'set-cookie'), v).toEqual([]);
  });
});
