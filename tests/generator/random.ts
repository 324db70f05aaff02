/** mulberry32: a tiny, fast 32-bit PRNG; the same seed always gives the same sequence. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded random choices for the data-set generator (never Math.random). */
export class Random {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.#next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.#next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.#next() * items.length)]!;
  }

  /** One of the options, each as likely as its weight. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.#next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.#next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** `count` distinct items (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}

/**
 * Splits `total` into one integer per range ([min, max], both included) so that they add up
 * exactly to `total`, randomly but reproducibly. Throws when the ranges cannot hold it.
 */
export function distribute(rng: Random, total: number, ranges: readonly (readonly [number, number])[]): number[] {
  const counts = ranges.map(([min]) => min);
  const room = ranges.map(([min, max]) => max - min);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  if (rest < 0 || rest > room.reduce((a, b) => a + b, 0)) throw new Error(`cannot split ${total} into these ranges`);
  while (rest > 0) {
    const i = rng.int(0, ranges.length - 1);
    if (room[i]! > 0) {
      counts[i]! += 1;
      room[i]! -= 1;
      rest -= 1;
    }
  }
  return counts;
}
