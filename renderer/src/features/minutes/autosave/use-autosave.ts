import { useCallback, useEffect, useRef, useState } from 'react';
import { ValidationError } from '../../../db/errors';
import { useReportSaveState } from './save-status';
import type { SaveState } from './save-status-store';

/** The longest a change waits before it is saved, also while typing goes on. */
export const SAVE_DELAY_MS = 400;

/** A refused save as the status line shows it: invalid input calmly, failures as errors. */
const failure = (error: unknown): SaveState =>
  error instanceof ValidationError
    ? { kind: 'invalid', message: error.issues[0]?.message ?? error.message }
    : { kind: 'error', message: (error as Error).message };

/**
 * Saves what the user enters without a save button: at most SAVE_DELAY_MS after the first unsaved
 * change (also while typing goes on, so a crash loses at most that much), at once on `flush()` (on
 * blur), and when the page is hidden, left or closed, or the part unmounts. One save runs at a
 * time; the latest value wins. The state goes to the page's status line; a failed save keeps the
 * value in the form and says why.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saving = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useReportSaveState(state);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    queue.current = queue.current.then(async () => {
      const next = pending.current;
      if (!next) return;
      pending.current = null;
      saving.current = true;
      setState({ kind: 'saving' });
      try {
        await saveRef.current(next.value);
        setState({ kind: pending.current ? 'pending' : 'saved' });
      } catch (error) {
        setState(failure(error));
      } finally {
        saving.current = false;
      }
    });
    return queue.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState((current) => (current.kind === 'pending' ? current : { kind: 'pending' }));
      timer.current ??= window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  /** Saves at once (a choice, not typing). */
  const saveNow = useCallback(
    (value: T) => {
      pending.current = { value };
      return flush();
    },
    [flush],
  );

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);

  /** Something typed here is not stored yet: waiting, or being saved right now. */
  const hasUnsaved = useCallback(() => pending.current !== null || saving.current, []);

  return { schedule, saveNow, flush, state, hasUnsaved };
}
