import { startTransition, useEffect, useState } from 'react';

const now = Promise.resolve();

/**
 * False in a component's first render; true once it has been committed and `after` has
 * settled, in a background render (a transition) that anything more urgent goes before:
 * content that can wait a moment (below the fold) shows its skeleton first, so what matters
 * (the charts, whose code `after` can be) reaches the screen without waiting for it.
 */
export function useLater(after: Promise<unknown> = now): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    let mounted = true;
    const show = () => {
      if (mounted) startTransition(() => setLater(true));
    };
    after.then(show, show);
    return () => {
      mounted = false;
    };
  }, [after]);
  return later;
}
