import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a page change, moves focus to the new page's heading so screen readers announce it and
 * keyboard users continue from the top of the content. The first page keeps the browser's focus.
 */
export function useFocusPageOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById(mainId);
    (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
  }, [pathname, mainId]);
}
