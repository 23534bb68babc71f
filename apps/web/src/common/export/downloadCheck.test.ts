import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { checkDownload, downloadProblem } from './downloadCheck';

const lookup = (messages: unknown, key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

describe('download check', () => {
  it('says an expired file (410) is gone, in English and Russian', () => {
    expect(downloadProblem(200)).toBeNull();
    expect(downloadProblem(410)).toBe('exports.errors.expired');
    expect(lookup(en, 'exports.errors.expired')).toMatch(/no longer kept/);
    expect(lookup(ru, 'exports.errors.expired')).toMatch(/больше не хранится/);
  });

  it('names the other refusals, every one translated', () => {
    for (const status of [401, 403, 404, 409, 500, 502]) {
      const key = downloadProblem(status);
      expect(key).not.toBeNull();
      expect(typeof lookup(en, key ?? '')).toBe('string');
      expect(typeof lookup(ru, key ?? '')).toBe('string');
    }
  });

  it('asks with HEAD and reports the answer, or that the server is unreachable', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const gone = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(null, { status: 410 });
    }) as typeof fetch;
    expect(await checkDownload('/api/exports/7/file', gone)).toBe('exports.errors.expired');
    expect(calls[0]?.[1]?.method).toBe('HEAD');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await checkDownload('/api/exports/7/file', offline)).toBe('errors.network');
  });
});
