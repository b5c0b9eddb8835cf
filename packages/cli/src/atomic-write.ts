/**
 * Replacing a file without ever leaving it half-written: the data goes to a temp file in the same
 * directory (same file system, so the rename is atomic), is fsync'ed, takes the original's mode,
 * and is renamed over the original. On any failure the temp file is removed and the original is
 * untouched. The file-system calls are injectable so tests can make any step fail.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicFs {
  readonly realpath: typeof fsp.realpath;
  readonly stat: typeof fsp.stat;
  readonly open: typeof fsp.open;
  readonly chmod: typeof fsp.chmod;
  readonly rename: typeof fsp.rename;
  readonly unlink: typeof fsp.unlink;
}

export const nodeFs: AtomicFs = fsp;

export async function writeFileAtomic(path: string, data: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  // Through a symlink, replace the file it points to, not the link.
  const target = await fs.realpath(path);
  const mode = (await fs.stat(target)).mode & 0o7777;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await fs.open(tmp, 'wx', 0o600);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.chmod(tmp, mode);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
}
