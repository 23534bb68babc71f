import { type ComponentType, type JSX, type ReactNode, useEffect, useState } from 'react';

export type Preloadable<P extends object> = ((props: P) => JSX.Element) & {
  /** Starts loading the code (once); it resolves when the component can render. */
  preload: () => Promise<ComponentType<P>>;
};

type Loaded<P> = { component: ComponentType<P> } | { error: unknown };

/**
 * A component whose code loads on demand, like React.lazy, but which can be started before
 * it is rendered and never suspends: once the code is in it renders straight away, and
 * until then it shows `fallback` and re-renders when the code lands. React.lazy suspends
 * on every first render, and React holds a suspended tree's reveal back until 300 ms after
 * the last fallback it showed ("fallback throttling"): on the first screen, one such wait
 * per level of lazy code. A failed load is thrown to the nearest error boundary, as lazy's is.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode,
): Preloadable<P> {
  let loaded: Loaded<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = { component };
        return component;
      },
      (error: unknown) => {
        loaded = { error };
        throw error;
      },
    );
    return loading;
  };
  const Component = (props: P) => {
    const [state, setState] = useState(loaded);
    useEffect(() => {
      if (state) return;
      let mounted = true;
      const settle = () => {
        if (mounted) setState(loaded);
      };
      preload().then(settle, settle);
      return () => {
        mounted = false;
      };
    }, [state]);
    if (!state) return <>{fallback(props)}</>;
    if ('error' in state) throw state.error;
    const Loaded = state.component;
    return <Loaded {...props} />;
  };
  return Object.assign(Component, { preload });
}
