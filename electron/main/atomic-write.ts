import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

/**
 * Writes `data` to `targetPath` so that the target holds either the old or the complete new
 * content, never a torn mix: write a temporary file in the same directory (same file system,
 * so the rename is atomic), flush it to disk, then rename it over the target.
 * On failure the temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomic(
  targetPath: string,
  data: Uint8Array | string,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const directory = dirname(targetPath);
  const tempPath = join(directory, `.bildungsbuero-${randomUUID()}.tmp`);
  try {
    const file = await fs.open(tempPath, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tempPath, targetPath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory, fs);
}

/** Makes the rename itself durable. Windows cannot open directories, and needs no such step. */
async function syncDirectory(directory: string, fs: AtomicWriteFs): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already complete in the target file.
  }
}
