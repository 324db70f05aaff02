import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE, checkLogoBytes, checkLogoSize, logoType, pngImageData } from './logo-file';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const uint32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
/** A chunk with a dummy CRC: neither these checks nor the PDF library read it. */
const chunk = (type: string, data: readonly number[]) => [...uint32(data.length), ...ascii(type), ...data, 0, 0, 0, 0];

async function deflate(data: Uint8Array<ArrayBuffer>): Promise<number[]> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'));
  return [...new Uint8Array(await new Response(stream).arrayBuffer())];
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A 4×2 RGBA PNG, its chunks optionally changed. */
async function png(change: (chunks: number[][]) => number[][] = (c) => c): Promise<Uint8Array> {
  const rows = new Uint8Array(2 * (1 + 4 * 4)).fill(200);
  const chunks = [
    chunk('IHDR', [...uint32(4), ...uint32(2), 8, 6, 0, 0, 0]),
    chunk('IDAT', await deflate(rows)),
    chunk('IEND', []),
  ];
  return new Uint8Array([...SIGNATURE, ...change(chunks).flat()]);
}

describe('logoType', () => {
  it('goes by the first bytes of the file', () => {
    expect(logoType(new Uint8Array([...SIGNATURE, 0]))).toBe('image/png');
    expect(logoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(logoType(new Uint8Array(ascii('GIF89a')))).toBeUndefined();
    expect(logoType(new Uint8Array(ascii('%PDF-1.7')))).toBeUndefined();
    expect(logoType(new Uint8Array(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>')))).toBeUndefined();
  });
});

describe('pngImageData', () => {
  it('collects the image data of a complete file', async () => {
    expect(pngImageData(await png())).toHaveLength(1);
  });

  it.each([
    ['cut off', (c: number[][]) => [c[0]!, c[1]!.slice(0, 10)]],
    ['without its end', (c: number[][]) => c.slice(0, 2)],
    ['without image data', (c: number[][]) => [c[0]!, c[2]!]],
    ['not starting with its header', (c: number[][]) => [c[1]!, c[0]!, c[2]!]],
  ])('refuses a file %s', async (_label, change) => {
    expect(pngImageData(await png(change))).toBeUndefined();
  });
});

describe('checkLogoBytes', () => {
  it('accepts a sound PNG and a JPEG', async () => {
    expect(await checkLogoBytes(await png())).toEqual({ ok: true, type: 'image/png' });
    expect(await checkLogoBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual({
      ok: true,
      type: 'image/jpeg',
    });
  });

  it('refuses empty, oversized and foreign files', async () => {
    expect(await checkLogoBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(SIGNATURE);
    expect(await checkLogoBytes(big)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(await checkLogoBytes(new Uint8Array(ascii('GIF89a....')))).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses a PNG whose compressed data is damaged, though its structure is intact', async () => {
    const damaged = await png(([header, data, end]) => {
      const bytes = [...data!];
      for (let i = 10; i < bytes.length - 6; i++) bytes[i] = bytes[i]! ^ 0x5a;
      return [header!, bytes, end!];
    });
    expect(pngImageData(damaged)).toHaveLength(1);
    expect(await checkLogoBytes(damaged)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('refuses a truncated PNG', async () => {
    const whole = await png();
    expect(await checkLogoBytes(whole.slice(0, whole.length - 20))).toEqual({ ok: false, problem: 'corrupt' });
  });
});

describe('checkLogoSize', () => {
  it('takes logos up to the limit on each side', () => {
    expect(checkLogoSize(600, 200)).toEqual({ ok: true });
    expect(checkLogoSize(LOGO_MAX_SIDE, LOGO_MAX_SIDE)).toEqual({ ok: true });
    expect(checkLogoSize(LOGO_MAX_SIDE + 1, 100)).toEqual({ ok: false, problem: 'tooManyPixels' });
    expect(checkLogoSize(0, 0)).toEqual({ ok: false, problem: 'corrupt' });
  });
});
