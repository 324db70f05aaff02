import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a page change, moves focus to the new page's heading so screen readers announce it and
 * keyboard users continue from the top of the content (not on the first render).
 */
export function useFocusPageOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: false });
  }, [pathname, mainId]);
}
