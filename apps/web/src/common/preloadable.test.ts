import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

const Greeting = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`);
const fallback = ({ name }: { name: string }): ReactNode =>
  createElement('span', null, `waiting for ${name}`);

describe('preloadable components', () => {
  it('show their fallback, with the props, until the code is in', () => {
    const Lazy = preloadable(async () => Greeting, fallback);
    expect(renderToString(createElement(Lazy, { name: 'Ann' }))).toBe(
      '<span>waiting for Ann</span>',
    );
  });

  it('render straight away, never suspending, once preloaded; the code loads once', async () => {
    const load = vi.fn(async () => Greeting);
    const Lazy = preloadable(load, fallback);
    await Lazy.preload();
    await Lazy.preload();
    expect(load).toHaveBeenCalledOnce();
    expect(renderToString(createElement(Lazy, { name: 'Ann' }))).toBe('<p>Hello Ann</p>');
  });

  it('throw a failed load to the error boundary', async () => {
    const Lazy = preloadable(async (): Promise<typeof Greeting> => {
      throw new Error('chunk missing');
    }, fallback);
    await expect(Lazy.preload()).rejects.toThrow('chunk missing');
    expect(() => renderToString(createElement(Lazy, { name: 'Ann' }))).toThrow('chunk missing');
  });
});
