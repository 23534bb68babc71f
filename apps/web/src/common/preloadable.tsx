import { type ComponentType, type JSX, lazy, useState } from 'react';

export type Preloadable<P extends object> = ((props: P) => JSX.Element) & {
  /** Starts loading the code (once); the component renders without suspending afterwards. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * React.lazy that can be started before it is rendered. Once the code is in, the component
 * is rendered directly: React.lazy would still suspend on its first render, and React holds
 * back a suspended tree's reveal for up to 300 ms after the last fallback it showed (its
 * "fallback throttling"), which on the first screen cost one such wait per lazy level.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Component = (props: P) => {
    // Chosen once per mount: switching from Lazy to the loaded type would remount the tree.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  };
  return Object.assign(Component, { preload });
}
