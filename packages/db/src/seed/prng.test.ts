import { describe, expect, it } from 'vitest';
import { Rng, rngFor } from './prng';

describe('Rng', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const draw = (rng: Rng) => Array.from({ length: 5 }, () => rng.next());
    expect(draw(new Rng(42))).toEqual(draw(new Rng(42)));
    expect(draw(new Rng(42))).not.toEqual(draw(new Rng(43)));
  });

  it('keys streams by entity, independent of the order they are asked for', () => {
    const a = rngFor(7, 'region', 'RU-TA').next();
    rngFor(7, 'region', 'RU-MOW').next();
    expect(rngFor(7, 'region', 'RU-TA').next()).toBe(a);
    expect(rngFor(8, 'region', 'RU-TA').next()).not.toBe(a);
  });

  it('stays within its ranges', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 2000; i++) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const n = rng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('picks by weight', () => {
    const rng = new Rng(3);
    let heavy = 0;
    for (let i = 0; i < 4000; i++)
      if (
        rng.weighted([
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });

  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Rng(5).shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});
