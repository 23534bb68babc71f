import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Fetcher } from './useApiQuery';

// Failures are not what these tests are about: react-admin's reporting is stubbed.
vi.mock('react-admin', async (original) => ({
  ...(await original<typeof import('react-admin')>()),
  useNotify: () => () => {},
  useLogoutIfAccessDenied: () => async () => false,
}));

const { useApiQuery } = await import('./useApiQuery');

const Shown = ({ fetcher }: { fetcher: Fetcher<string> }) => {
  const { data, loading } = useApiQuery(fetcher);
  return createElement('p', null, data ?? (loading ? 'loading' : 'nothing'));
};

/** The first render only (no effects run on the server): what the first frame shows. */
const firstRender = (fetcher: Fetcher<string>) => renderToString(createElement(Shown, { fetcher }));

describe('useApiQuery', () => {
  it('shows an answer already in hand in its first render', () => {
    const call = vi.fn(async () => 'asked');
    const fetcher = Object.assign(call, { ready: () => ({ value: 'carried' }) });
    expect(firstRender(fetcher)).toBe('<p>carried</p>');
  });

  it('is loading in its first render when the answer has to be asked for', () => {
    const fetcher = Object.assign(async () => 'asked', { ready: () => undefined });
    expect(firstRender(fetcher)).toBe('<p>loading</p>');
    expect(firstRender(async () => 'asked')).toBe('<p>loading</p>');
  });
});
