import { useCallback } from 'react';

/**
 * A ref callback that shows a Blob in an <img> or <iframe>. Its object URL lives exactly as long as
 * the element, so nothing leaks when a dialog closes or the Blob changes.
 */
export function useBlobSource(blob: Blob) {
  return useCallback(
    (element: HTMLImageElement | HTMLIFrameElement | null) => {
      if (!element) return;
      const url = URL.createObjectURL(blob);
      element.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
}
