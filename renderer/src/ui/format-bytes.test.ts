import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

// Intl separates number and unit with a (narrow) no-break space.
const format = (bytes: number, locale: string) => formatBytes(bytes, locale).replace(/\s/g, ' ');

describe('formatBytes', () => {
  it('picks a readable unit and German decimals', () => {
    expect(format(0, 'de')).toBe('0 Byte');
    expect(format(12_400_000, 'de')).toBe('12,4 MB');
    expect(format(3_000_000_000, 'de')).toBe('3 GB');
    expect(format(1_500, 'en')).toBe('1.5 kB');
  });
});
