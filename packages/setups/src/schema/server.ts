/** Server entries of the health-check and failover specs. */
import { z } from 'zod';
import { name, serverAddress, weight } from './common.js';

export const server = z
  .object({
    name,
    address: serverAddress,
    weight: weight.optional(),
  })
  .strict();

/** A server of the health-check setup: `backup` marks a neighbour used only when no other is up (seed 001). */
export const serviceServer = server.extend({ backup: z.boolean().default(false) }).strict();

/** A server of the failover setup, with its persistence cookie value (default: its name). */
export const failoverServer = server.extend({ cookie: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be letters, digits, "-", "_" or "."').max(64, 'must be at most 64 characters').optional() }).strict();

export type ServerInput = z.input<typeof server>;
