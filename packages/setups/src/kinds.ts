/** The setups hacfg can generate; a module of its own so the CLI can list them without loading zod. */
export const SETUP_KINDS = ['passthrough', 'health-check', 'failover'] as const;
export type SetupKind = (typeof SETUP_KINDS)[number];
