import { useDeferredValue } from 'react';

/**
 * False in a component's first render, then true in a background render React starts right
 * after committing it: content that can wait a moment (below the fold) shows its skeleton
 * first, so what matters (the charts) reaches the screen without waiting for it.
 */
export function useLater(): boolean {
  return useDeferredValue(true, false);
}
