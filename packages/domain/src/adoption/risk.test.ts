import { describe, expect, it } from 'vitest';
import { addDays } from './days';
import { type Forecast, forecastCompletion } from './forecast';
import { percentage } from './metrics';
import { assessRisk, type RiskClass, type RiskRanked, riskOrder } from './risk';

const TODAY = '2026-03-01';
const DEADLINE = '2026-04-30';
const at = (offset: number) => addDays(TODAY, offset);
const adoption = (numerator: number, denominator = 100) =>
  percentage(numerator, denominator, 'registry', '2025-09-01');
const projected = (date: string, latest?: string): Forecast => ({
  status: 'projected',
  date,
  earliest: date,
  ...(latest === undefined ? {} : { latest }),
  slopePerDay: 0.01,
});

const doneOn = (date: string): Forecast => ({ status: 'done', date });
const noData: Forecast = { status: 'no_data' };
const stalled: Forecast = { status: 'stalled', slopePerDay: 0 };
const lateToday = { today: '2026-05-01' };

type Context = { today?: string; opensOn?: string; denominator?: number };
type Case = [name: string, done: number, Forecast, RiskClass, onTime: boolean | null, Context?];

describe('assessRisk', () => {
  it.each<Case>([
    ['already complete', 100, doneOn(at(-5)), 'done', true],
    ['complete after its deadline', 99, doneOn('2026-05-02'), 'done_late', false, lateToday],
    ['complete, day unknown, deadline ahead', 98, noData, 'done', true],
    ['complete, day unknown, deadline passed', 98, noData, 'done', null, lateToday],
    ['deadline passed', 90, projected('2026-05-03'), 'overdue', false, lateToday],
    [
      'deadline passed, no denominator',
      0,
      noData,
      'overdue',
      false,
      { ...lateToday, denominator: 0 },
    ],
    ['deadline is today', 97, projected(DEADLINE, DEADLINE), 'on_track', null, { today: DEADLINE }],
    ['a flat trend', 40, stalled, 'at_risk', null],
    ['projected well in time', 60, projected(at(30), at(45)), 'on_track', null],
    ['projected in time, slow case late', 60, projected(at(30), at(70)), 'at_risk', null],
    ['projected late', 60, projected(at(65), at(80)), 'at_risk', null],
    ['projected, slow case never ends', 60, projected(at(30)), 'at_risk', null],
    ['no data, little time left', 0, noData, 'at_risk', null, { today: at(40) }],
    ['no data yet, plenty of time', 0, noData, 'on_track', null],
    ['no data, wave not open yet', 0, noData, 'on_track', null, { today: at(40), opensOn: at(45) }],
  ])('%s: %s', (_name, done, forecast, risk, onTime, context = {}) => {
    const { today = TODAY, opensOn, denominator = 100 } = context;
    const input = { today, deadline: DEADLINE, adoption: adoption(done, denominator), forecast };
    expect(assessRisk({ ...input, ...(opensOn ? { opensOn } : {}) })).toEqual({ risk, onTime });
  });

  it('a one-day burst of sign-ups does not make a stalled node look on track', () => {
    const rows = Array.from({ length: 28 }, (_, i) => ({
      day: at(i - 27),
      numerator: i === 27 ? 70 : 30,
      denominator: 100,
    }));
    const forecast = forecastCompletion(rows, TODAY);
    expect(
      assessRisk({ today: TODAY, deadline: at(20), adoption: adoption(70), forecast }),
    ).toEqual({
      risk: 'at_risk',
      onTime: null,
    });
  });

  it('honours a custom threshold and notice period', () => {
    const base = { today: TODAY, deadline: at(20), forecast: { status: 'no_data' } as const };
    expect(assessRisk({ ...base, adoption: adoption(90), threshold: 0.9 }).risk).toBe('done');
    expect(assessRisk({ ...base, adoption: adoption(0), littleTimeLeftDays: 10 }).risk).toBe(
      'on_track',
    );
  });
});

describe('riskOrder', () => {
  it('puts overdue first, then at risk, on track, done late, done, each by percent ascending', () => {
    const units: (RiskRanked & { name: string })[] = [
      { name: 'done', risk: 'done', percent: 99 },
      { name: 'done late', risk: 'done_late', percent: 99 },
      { name: 'on track 80', risk: 'on_track', percent: 80 },
      { name: 'at risk 50', risk: 'at_risk', percent: 50 },
      { name: 'overdue 70', risk: 'overdue', percent: 70 },
      { name: 'at risk 20', risk: 'at_risk', percent: 20 },
      { name: 'on track 60', risk: 'on_track', percent: 60 },
      { name: 'overdue unknown', risk: 'overdue', percent: null },
      { name: 'overdue 10', risk: 'overdue', percent: 10 },
    ];
    expect(units.sort(riskOrder).map((unit) => unit.name)).toEqual([
      'overdue unknown',
      'overdue 10',
      'overdue 70',
      'at risk 20',
      'at risk 50',
      'on track 60',
      'on track 80',
      'done late',
      'done',
    ]);
  });
});
