/**
 * Where a piece of the minutes stands with saving. `invalid`: the input is not complete or not
 * valid yet; `error`: saving failed or was refused. Both say why.
 */
export type SaveState =
  { kind: 'idle' | 'pending' | 'saving' | 'saved' } | { kind: 'invalid' | 'error'; message: string };

const RANK: Record<SaveState['kind'], number> = { idle: 0, saved: 1, pending: 2, saving: 2, invalid: 3, error: 4 };

/** What a page shows for all its autosaving parts: the most urgent state wins. */
export function overallState(states: Iterable<SaveState>): SaveState {
  let overall: SaveState = { kind: 'idle' };
  for (const state of states) if (RANK[state.kind] > RANK[overall.kind]) overall = state;
  return overall;
}

/** The save states of a page's parts, for one quiet status line. */
export function createSaveStatusStore() {
  const states = new Map<string, SaveState>();
  const listeners = new Set<() => void>();
  let snapshot: SaveState = { kind: 'idle' };
  const changed = () => {
    snapshot = overallState(states.values());
    listeners.forEach((listener) => listener());
  };
  return {
    set(id: string, state: SaveState) {
      states.set(id, state);
      changed();
    },
    remove(id: string) {
      states.delete(id);
      changed();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

export type SaveStatusStore = ReturnType<typeof createSaveStatusStore>;
