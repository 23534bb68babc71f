import { describe, expect, it } from 'vitest';
import { missing } from './usePathNames';

const results = [{ path: [1, 20, 399, 408] }, { path: [1, 20, 400, 501] }, { path: [1, 20, 399] }];

describe('names a search result path still needs', () => {
  it('asks for ancestors below the root only, once each, never for the results themselves', () => {
    // Regional admin: root is the region (depth 1), so municipalities are asked for.
    expect(missing(results, 2, 1, new Map())).toEqual([399, 400]);
    expect(missing(results, 1, 1, new Map())).toEqual([]);
  });

  it('skips names the tree already holds', () => {
    expect(missing(results, 2, 1, new Map([[399, 'г. Казань']]))).toEqual([400]);
  });

  it('asks for regions when the root is the country', () => {
    expect(missing(results, 1, 0, new Map())).toEqual([20]);
  });
});
