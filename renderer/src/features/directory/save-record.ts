interface Writable<R, I> {
  create(input: I): Promise<R>;
  update(id: string, changes: Partial<I>): Promise<R>;
}

/** Creates the record, or updates it with every field of the form (cleared fields as undefined). */
export const saveRecord = <R, I>(repo: Writable<R, I>, existing: { id: string } | undefined, input: I): Promise<R> =>
  existing ? repo.update(existing.id, input) : repo.create(input);
