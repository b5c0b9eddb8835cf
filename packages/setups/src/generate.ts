/** One entry point for every setup: `generate(kind, spec)`, and spec files in JSON or YAML. */
import { emitFailover } from './emit/failover.js';
import { emitHealthCheck } from './emit/health-check.js';
import { emitPassthrough } from './emit/passthrough.js';
import type { FailoverSpecInput } from './schema/failover.js';
import type { HealthCheckSpecInput } from './schema/health-check.js';
import type { PassthroughSpecInput } from './schema/passthrough.js';
import { SETUP_KINDS, type SetupKind } from './kinds.js';
import { readSpecText } from './validate.js';

export { SETUP_KINDS, type SetupKind };

export interface SpecInputs {
  readonly passthrough: PassthroughSpecInput;
  readonly 'health-check': HealthCheckSpecInput;
  readonly failover: FailoverSpecInput;
}

const EMITTERS: { readonly [K in SetupKind]: (spec: SpecInputs[K]) => string } = {
  passthrough: emitPassthrough,
  'health-check': emitHealthCheck,
  failover: emitFailover,
};

export function isSetupKind(kind: string): kind is SetupKind {
  return (SETUP_KINDS as readonly string[]).includes(kind);
}

/**
 * A complete, formatted haproxy.cfg for `spec`. The spec is validated first (it may come from JSON
 * or YAML, hence `unknown` is accepted); throws `SpecError` naming each bad field.
 */
export function generate<K extends SetupKind>(kind: K, spec: SpecInputs[K] | unknown): string {
  return (EMITTERS[kind] as (s: unknown) => string)(spec);
}

/** `generate` from the text of a spec file (`.json` as JSON, anything else as YAML). */
export function generateFromText(kind: SetupKind, text: string, fileName?: string): string {
  return generate(kind, readSpecText(kind, text, fileName));
}
