// What 'tcp-request content' rules of a frontend depend on: the inspect delay, and which of them HAProxy checks for it.
import { actionName } from '@hacfg/catalog';
import type { Proxy } from '@hacfg/model';
import { lastAlongChain } from './inherited.js';

/** `track-sc0` … and `capture`: the content actions HAProxy checks at startup (check_trk_action, check_capture). */
export function isTrackingAction(word: string): boolean {
  return word === 'capture' || actionName(word) === 'track-sc';
}

/** A zero delay (`0`, `0s`, `0ms`) waits for nothing. */
const ZERO = /^0+(?:us|ms|s|m|h|d)?$/;

/**
 * Whether `tcp-request inspect-delay` is in effect for a proxy: its own last line, else its
 * defaults section's, and not zero.
 */
export function inspectDelaySet(p: Proxy): boolean {
  const line = lastAlongChain(p, (s) => s.keyword === 'tcp-request' && s.args[0]?.value === 'inspect-delay')?.statement;
  return line?.args[1] !== undefined && !ZERO.test(line.args[1].value);
}
