/** "2 Personen, 1 laufende Mitgliedschaft": each count above zero with its singular or plural noun. */
export const countedList = (counts: readonly (readonly [count: number, one: string, many: string])[]): string =>
  counts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`)
    .join(', ');
