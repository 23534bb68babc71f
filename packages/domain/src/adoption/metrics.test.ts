import { describe, expect, it } from 'vitest';
import { type AdoptionFigures, adoptionMetrics, numeratorFor, percentage } from './metrics';

const figures = (overrides: Partial<AdoptionFigures> = {}): AdoptionFigures => ({
  numerator: 30,
  denominator: 120,
  invited: 110,
  registered: 90,
  active: 30,
  chatsMigrated: 0,
  chatsLegacyClosed: 0,
  parentsJoined: 0,
  denominatorSource: 'regional staff registry',
  denominatorAsOf: '2025-09-01',
  ...overrides,
});

describe('percentage', () => {
  it.each([
    { numerator: 30, denominator: 120, expected: 25 },
    { numerator: 0, denominator: 7, expected: 0 },
    { numerator: 7, denominator: 7, expected: 100 },
    { numerator: 0, denominator: 0, expected: null },
    { numerator: 3, denominator: 0, expected: null },
    { numerator: 130, denominator: 120, expected: (130 / 120) * 100 },
  ])('$numerator / $denominator = $expected', ({ numerator, denominator, expected }) => {
    expect(percentage(numerator, denominator, 'census', '2025-01-01')).toEqual({
      value: expected,
      numerator,
      denominator,
      source: 'census',
      asOf: '2025-01-01',
    });
  });
});

describe('numeratorFor', () => {
  const counts = figures({ chatsMigrated: 12, parentsJoined: 400 });
  it.each([
    { metric: 'chats_migrated', expected: 12 },
    { metric: 'staff_active', expected: 30 },
    { metric: 'parents_joined', expected: 400 },
  ] as const)('$metric counts $expected', ({ metric, expected }) => {
    expect(numeratorFor(metric, counts)).toBe(expected);
  });

  it.each(['chats_migrated', 'staff_active', 'parents_joined'] as const)(
    'a wave of sign-ups does not move %s',
    (metric) => {
      const signedUp = { ...counts, invited: 5_000, registered: 5_000 };
      expect(numeratorFor(metric, signedUp)).toBe(numeratorFor(metric, counts));
    },
  );
});

describe('adoptionMetrics', () => {
  it('adoption uses the numerator, and the staff funnel keeps registered apart from active', () => {
    const metrics = adoptionMetrics('staff_active', figures());
    expect(metrics.adoption.value).toBe(25);
    expect(metrics.adoption.source).toBe('regional staff registry');
    expect(metrics.adoption.asOf).toBe('2025-09-01');
    expect(metrics.funnel.map((step) => [step.stage, step.percent?.value])).toEqual([
      ['invited', (110 / 120) * 100],
      ['registered', 75],
      ['active', 25],
    ]);
  });

  it.each([
    {
      metric: 'chats_migrated',
      shares: {
        invited: null,
        registered: null,
        active: null,
        chatsMigrated: 50,
        chatsLegacyClosed: 25,
      },
    },
    {
      metric: 'parents_joined',
      shares: { invited: null, registered: null, active: null, parentsJoined: 80 },
    },
  ] as const)('in a $metric wave only same-unit stages become shares', ({ metric, shares }) => {
    const counts = { numerator: 40, chatsMigrated: 40, chatsLegacyClosed: 20, parentsJoined: 64 };
    const metrics = adoptionMetrics(metric, figures({ ...counts, denominator: 80 }));
    expect(metrics.adoption.value).toBe(50);
    const byStage = Object.fromEntries(
      metrics.funnel.map((step) => [step.stage, step.percent?.value ?? null]),
    );
    expect(byStage).toEqual(shares);
  });

  it('an empty denominator gives null shares but keeps the counts', () => {
    const metrics = adoptionMetrics('staff_active', figures({ denominator: 0 }));
    expect(metrics.adoption.value).toBeNull();
    expect(metrics.funnel.map((step) => step.count)).toEqual([110, 90, 30]);
  });
});
