import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessAdoption,
  assessmentWindow,
  assessmentWindowDays,
  completionThreshold,
  firstFinishDay,
  lateClass,
} from './assessment';
import { addDays, dayNumber, isoFromDayNumber } from './days';
import { percentage } from './metrics';
import type { SeriesPoint } from './trend';

const START = '2025-09-01';
const DEADLINE = '2025-11-30';

/** A change-only history: on some days the figure moves, up or (less often) down. */
const historyArb = fc
  .array(
    fc.record({ gap: fc.integer({ min: 1, max: 9 }), step: fc.integer({ min: -6, max: 14 }) }),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((moves) => {
    let day = START;
    let numerator = 0;
    return moves.map(({ gap, step }): SeriesPoint => {
      day = addDays(day, gap);
      numerator = Math.max(0, Math.min(100, numerator + step));
      return { day, numerator, denominator: 100 };
    });
  });

function assessOn(series: readonly SeriesPoint[], today: string, finishedOn: string | null) {
  const last = series.filter((point) => point.day <= today).at(-1);
  const adoption = percentage(last?.numerator ?? 0, last?.denominator ?? 0, 'test', today);
  return assessAdoption({
    series,
    today,
    deadline: DEADLINE,
    opensOn: START,
    adoption,
    finishedOn,
  });
}

describe('assessAdoption', () => {
  it('shows the live finish date, and its class, as of every day on or after it', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 400 }), (series, offset) => {
        const liveDay = series.at(-1)?.day ?? START;
        const stored = firstFinishDay(series, liveDay);
        const live = assessOn(series, liveDay, stored);
        if (stored === null) return;
        const asOf = isoFromDayNumber(Math.min(dayNumber(stored) + offset, dayNumber(liveDay)));
        const past = assessOn(series, asOf, stored);
        expect(past.finishedOn).toBe(live.finishedOn);
        expect(past.risk).toBe(live.risk);
        expect(past.onTime).toBe(live.onTime);
      }),
    );
  });

  it('keeps the first finish day when the figure later dips below the threshold and recovers', () => {
    const series = [
      { day: '2025-10-01', numerator: 90, denominator: 100 },
      { day: '2025-10-08', numerator: 98, denominator: 100 },
      { day: '2025-10-15', numerator: 97, denominator: 100 },
      { day: '2025-11-12', numerator: 99, denominator: 100 },
    ];
    const finishedOn = firstFinishDay(series, '2025-12-20');
    expect(finishedOn).toBe('2025-10-08');
    for (const day of ['2025-10-08', '2025-10-20', '2025-11-12', '2025-11-19', '2025-12-20']) {
      const assessed = assessOn(series, day, finishedOn);
      expect(assessed).toMatchObject({ finishedOn: '2025-10-08', risk: 'done', onTime: true });
      expect(assessed.forecast).toEqual({ status: 'done', date: '2025-10-08' });
    }
    expect(assessOn(series, '2025-10-07', finishedOn)).toMatchObject({ finishedOn: null });
  });

  it('says done late when the first finish day is after the deadline', () => {
    const series = [
      { day: '2025-11-20', numerator: 50, denominator: 100 },
      { day: '2025-12-03', numerator: 99, denominator: 100 },
    ];
    expect(assessOn(series, '2026-01-10', '2025-12-03')).toMatchObject({
      risk: 'done_late',
      onTime: false,
    });
  });

  it('agrees with lateClass on overdue and finished late', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 300 }), (series, offset) => {
        const today = addDays(START, offset);
        const assessed = assessOn(series, today, firstFinishDay(series, '2099-01-01'));
        const last = series.filter((point) => point.day <= today).at(-1);
        const late = lateClass({
          today,
          deadline: DEADLINE,
          denominator: last?.denominator ?? 0,
          finishedOn: firstFinishDay(series, '2099-01-01'),
        });
        const expected =
          assessed.risk === 'overdue' || assessed.risk === 'done_late' ? assessed.risk : null;
        expect(late).toBe(expected);
      }),
    );
  });

  it('reads one window whatever span of history the caller loaded', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 200 }), (series, offset) => {
        const today = addDays(START, offset);
        const loaded = assessmentWindow(series, today);
        expect(assessOn(loaded, today, null)).toEqual(assessOn(series, today, null));
        const opens = addDays(today, -assessmentWindowDays);
        expect(loaded.filter((point) => point.day <= opens).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('finishes at the threshold, below 100%', () => {
    const at = (numerator: number) => [{ day: START, numerator, denominator: 1000 }];
    expect(completionThreshold).toBeLessThan(1);
    expect(firstFinishDay(at(completionThreshold * 1000), START)).toBe(START);
    expect(firstFinishDay(at(completionThreshold * 1000 - 1), START)).toBeNull();
  });
});
