import { useRef, useState } from 'react';

/**
 * State of a dialog that edits `T` (or creates one, without a value). The value outlives closing,
 * so the dialog keeps its content during the closing animation; `key` remounts the form on each
 * opening so it starts from the record as it is now. Because a remounted dialog cannot know what
 * had focus before, closing returns focus to the control that opened it.
 */
export function useDialog<T>() {
  const [state, setState] = useState<{ opened: boolean; value?: T; key: number }>({ opened: false, key: 0 });
  const opener = useRef<HTMLElement | null>(null);
  return {
    ...state,
    open: (value?: T) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setState((s) => ({ opened: true, value, key: s.key + 1 }));
    },
    close: () => {
      setState((s) => ({ ...s, opened: false }));
      const target = opener.current;
      window.setTimeout(() => {
        if (target?.isConnected) target.focus();
      }, 0);
    },
  };
}
