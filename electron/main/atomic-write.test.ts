import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, writeFileAtomic } from './atomic-write';

let directory: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(join(tmpdir(), 'atomic-write-'));
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

const target = () => join(directory, 'Protokoll Lenkungskreis 03-2026.pdf');

describe('writeFileAtomic', () => {
  it('writes the complete content and leaves no temporary file', async () => {
    const data = new TextEncoder().encode('Größe, Übersicht, Maßnahme – 🎓'.repeat(10_000));
    await writeFileAtomic(target(), data);
    expect(new Uint8Array(await fs.readFile(target()))).toEqual(data);
    expect(await fs.readdir(directory)).toEqual(['Protokoll Lenkungskreis 03-2026.pdf']);
  });

  it('replaces an existing file', async () => {
    await fs.writeFile(target(), 'alt');
    await writeFileAtomic(target(), 'neu');
    expect(await fs.readFile(target(), 'utf8')).toBe('neu');
    expect(await fs.readdir(directory)).toHaveLength(1);
  });

  it('keeps the original untouched and removes the temporary file when writing fails', async () => {
    await fs.writeFile(target(), 'Original');
    const partlyWritten: string[] = [];
    // A handle that writes a few bytes and then finds the disk full.
    const diskFull: AtomicWriteFs = {
      ...fs,
      open: (async (path: string, flags: string) => {
        const handle = await fs.open(path, flags);
        return {
          writeFile: async (data: string) => {
            await handle.writeFile(data.slice(0, 3));
            partlyWritten.push(path);
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      }) as unknown as typeof fs.open,
    };

    await expect(writeFileAtomic(target(), 'Neuer, längerer Inhalt', diskFull)).rejects.toThrow('ENOSPC');
    expect(partlyWritten).toHaveLength(1);
    expect(await fs.readFile(target(), 'utf8')).toBe('Original');
    expect(await fs.readdir(directory)).toEqual(['Protokoll Lenkungskreis 03-2026.pdf']);
  });

  it('keeps the original untouched and removes the temporary file when the rename fails', async () => {
    await fs.writeFile(target(), 'Original');
    const lockedTarget: AtomicWriteFs = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
    };

    await expect(writeFileAtomic(target(), 'Neu', lockedTarget)).rejects.toThrow('EPERM');
    expect(await fs.readFile(target(), 'utf8')).toBe('Original');
    expect(await fs.readdir(directory)).toEqual(['Protokoll Lenkungskreis 03-2026.pdf']);
  });

  it('fails without leaving anything behind when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(directory, 'fehlt', 'x.pdf'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(directory)).toEqual([]);
  });

  it('never leaves a torn target when two writes race', async () => {
    const first = 'A'.repeat(1_000_000);
    const second = 'B'.repeat(1_000_000);
    await Promise.all([writeFileAtomic(target(), first), writeFileAtomic(target(), second)]);
    expect([first, second]).toContain(await fs.readFile(target(), 'utf8'));
    expect(await fs.readdir(directory)).toHaveLength(1);
  });
});
