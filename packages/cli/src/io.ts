/**
 * Reading configuration files byte-exactly: UTF-8 when the bytes are valid UTF-8 (a BOM is kept as
 * a character), latin1 otherwise, so that any file, even with stray bytes, prints back unchanged.
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export type Encoding = 'utf8' | 'latin1';

export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly encoding: Encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  return Buffer.from(text, encoding);
}

export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file, or standard input for `-`. */
export async function readSource(path: string, stdin: Readable): Promise<SourceFile> {
  const bytes = path === '-' ? await readStream(stdin) : await readFile(path);
  return { path: path === '-' ? '<stdin>' : path, ...decode(bytes) };
}
