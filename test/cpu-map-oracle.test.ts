/**
 * `cpu-map` lines (invalid-cpu-map) against the real HAProxy (2.6 in CI; 3.0.0 and 3.4.0 by hand):
 * thread group / thread masks, CPU sets, and the `auto:` size rule, each line judged alike.
 */
import { describe, expect, it } from 'vitest';
import { haproxyBin } from './support/haproxy.js';
import { disagreements, verdicts } from './support/verdicts.js';

const LINES = [
  'cpu-map 1/all 0-3', 'cpu-map 1/1- 0-', 'cpu-map auto:1/1-4 0-3', 'cpu-map auto:1/1-4 0-1 2-3', 'cpu-map auto:1/1-4 3 2 1 0',
  'cpu-map auto:1/all 0-63', 'cpu-map auto:1/even 0-31', 'cpu-map auto:1/odd 32-63', 'cpu-map auto:1/1-4 0', 'cpu-map auto:1/1 0-3',
  'cpu-map auto:1 0-3', 'cpu-map auto:1-4 0-3', 'cpu-map 0 1', 'cpu-map 65 1', 'cpu-map x 1', 'cpu-map 1 x', 'cpu-map 1 1024',
  'cpu-map 1 0-1023', 'cpu-map 1/0 1', 'cpu-map auto:all 0-63', 'cpu-map auto:1/1-2 0,1', 'cpu-map 1-2/1 0', 'cpu-map auto:2-1 0-1',
  'cpu-map 1 -1', 'cpu-map auto:1/1-4 0-1 1-3', 'cpu-map auto:1/2-3 0 0', 'cpu-map 1/1-x 0', 'cpu-map auto:odd 0-31', 'cpu-map auto:1/1-8 0-3 8-11',
];

describe.skipIf(!haproxyBin)('cpu-map lines', () => {
  it('are judged by hacfg as haproxy -c judges them', { timeout: 120_000 }, async () => {
    const results = await verdicts(LINES.map((line) => ({ label: line, text: `global\n    ${line}\n`, line: 2 })));
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(8);
  });
});
