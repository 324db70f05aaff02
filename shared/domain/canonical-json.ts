type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

function canonicalValue(value: Json | undefined): Json | undefined {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v) ?? null);
  if (value === null || typeof value !== 'object') return value;
  const sorted: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const v = canonicalValue(value[key]);
    if (v !== undefined) sorted[key] = v;
  }
  return sorted;
}

/**
 * Deterministic JSON: object keys sorted, strings in Unicode NFC, undefined members left out, no
 * whitespace. The same data gives the same string however its objects were built.
 */
export const canonicalJson = (value: Json): string => JSON.stringify(canonicalValue(value));
