/** What a command may touch: streams and environment are injected so the CLI runs in tests. */
import type { Readable, Writable } from 'node:stream';

export interface CliContext {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure that ends the command with exit code 2 (usage or I/O). */
export class UsageError extends Error {}
