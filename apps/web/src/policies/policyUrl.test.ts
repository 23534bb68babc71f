import { describe, expect, it } from 'vitest';
import { parsePolicySearch, policiesPath, policySearch } from './policyUrl';

describe('policy URLs', () => {
  it('round-trips a node and a key', () => {
    const search = policySearch({ nodeId: 42, key: 'childrens_mode.enabled' });
    expect(search).toBe('?node=42&key=childrens_mode.enabled');
    expect(parsePolicySearch(search)).toEqual({ nodeId: 42, key: 'childrens_mode.enabled' });
  });

  it('leaves out what is not set', () => {
    expect(policySearch({})).toBe('');
    expect(policiesPath({ nodeId: 7 })).toEqual({ pathname: '/policies', search: '?node=7' });
  });

  it('ignores ids and keys that cannot be valid', () => {
    expect(parsePolicySearch('?node=-1&key=nope')).toEqual({});
    expect(parsePolicySearch('?node=1.5')).toEqual({});
    expect(parsePolicySearch('?node=99999999999')).toEqual({});
    expect(parsePolicySearch('?node=0')).toEqual({});
  });
});
