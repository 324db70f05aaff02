import { useCallback, useEffect, useRef, useState } from 'react';
import { ValidationError } from '../../../db/errors';
import { useAutosave } from './use-autosave';

interface Stored {
  id: string;
  updatedAt: string;
}

interface Options<V, R extends Stored> {
  /** The stored record (live); undefined for a new one not yet saved. */
  record: R | undefined;
  /** The form's values for a record (or the defaults of a new one). */
  valuesOf: (record: R | undefined) => V;
  /** Saves the values: creates the record when `id` is undefined. */
  save: (values: V, id: string | undefined) => Promise<R>;
  /** A new record was saved for the first time. */
  onCreated?: (id: string) => void;
}

/**
 * A small form over one stored record that saves while the user types (see useAutosave). Refusals
 * of the repository appear at the fields the user has changed, so an entry is not covered in
 * messages before it is filled in (the page's status line says why it is not saved). Changes saved elsewhere (another window) are taken
 * over while nothing is waiting to be saved here.
 */
export function useAutosavedRecord<V extends object, R extends Stored>({
  record,
  valuesOf,
  save,
  onCreated,
}: Options<V, R>) {
  const [values, setShown] = useState(() => valuesOf(record));
  // The latest values also between renders: two quick changes must not lose the first.
  const latest = useRef(values);
  const setValues = useCallback((next: V) => {
    latest.current = next;
    setShown(next);
  }, []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const id = useRef(record?.id);
  const known = useRef(record?.updatedAt);

  const autosave = useAutosave(async (next: V) => {
    try {
      const saved = await save(next, id.current);
      known.current = saved.updatedAt;
      if (id.current === undefined) {
        id.current = saved.id;
        onCreated?.(saved.id);
      }
      setErrors({});
    } catch (error) {
      if (error instanceof ValidationError) setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      throw error;
    }
  });

  // Saved elsewhere (another window) and newer than what this form knows: show it. Live queries
  // may still deliver an older version after a newer one; those are ignored.
  const { hasUnsaved } = autosave;
  useEffect(() => {
    if (!record || (known.current !== undefined && record.updatedAt <= known.current) || hasUnsaved()) return;
    known.current = record.updatedAt;
    setValues(valuesOf(record));
  }, [record, valuesOf, hasUnsaved, setValues]);

  /** Changes fields; typing waits a moment, a choice (`now`) saves at once. */
  const change = (patch: Partial<V>, options: { now?: boolean } = {}) => {
    const next = { ...latest.current, ...patch };
    setValues(next);
    setTouched((before) => new Set([...before, ...Object.keys(patch)]));
    if (options.now) void autosave.saveNow(next);
    else autosave.schedule(next);
  };

  /** The message for a field, once the user has changed it (or one of `touchedBy`). */
  const errorOf = (field: string, touchedBy: readonly string[] = [field]): string | undefined =>
    touchedBy.some((f) => touched.has(f)) ? errors[field] : undefined;

  return { values, change, errorOf, flush: autosave.flush };
}
