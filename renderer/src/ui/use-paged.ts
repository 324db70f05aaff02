import { useState } from 'react';

/** Long tables show one page at a time; the page resets when the list (filter) changes. */
export function usePaged<T>(items: readonly T[], pageSize: number) {
  const [state, setState] = useState({ page: 1, items });
  const page = state.items === items ? state.page : 1;
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, total);
  return {
    page: current,
    total,
    visible: items.slice((current - 1) * pageSize, current * pageSize),
    setPage: (next: number) => setState({ page: next, items }),
  };
}
