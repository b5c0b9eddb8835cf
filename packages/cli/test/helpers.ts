// Runs the CLI in-process with captured streams.
import { PassThrough, Readable } from 'node:stream';
import { run } from '../src/run.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: string[], stdin: string | Buffer = '', cwd = process.cwd()): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await run(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout: out, stderr: err, cwd, env: {} });
  return { code, stdout, stderr };
}
