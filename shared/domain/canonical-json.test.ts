import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('writes strings in NFC', () => {
    expect(canonicalJson({ name: 'Mu\u0308ller' })).toBe(canonicalJson({ name: 'M\u00fcller' }));
  });

  it('keeps array order', () => {
    expect(canonicalJson([2, 1, null])).toBe('[2,1,null]');
  });
});
