import {
  assessAdoption,
  completionThreshold,
  firstFinishDay,
  percentage,
  type RiskClass,
} from '@cutover/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../client';
import { AlreadySeededError, isSeeded, type SeedReport, seedDemo, seedDemoIfEmpty } from './index';
import { PILOT_REGIONS } from './schedule';
import { queryText } from './steps';
import {
  REGION_SERIES_SQL,
  REPEATED_SNAPSHOTS_SQL,
  ROLLUPS_NOT_SUMMED_SQL,
  regionFiguresAsOfSql,
  SNAPSHOTS_MATCH_ROWS_SQL,
} from './verify';

const TODAY = '2026-11-26';
let database: Database;
let report: SeedReport;
let risks: RegionRisk[] = [];

interface RegionFigures {
  region: string;
  wave: string;
  national_deadline: string;
  own_deadline: string | null;
  numerator: number;
  denominator: number;
}

const figuresAsOf = async (day: string) =>
  (await queryText(database.db, regionFiguresAsOfSql(day))) as unknown as RegionFigures[];
const one = async (text: string) => (await queryText(database.db, text))[0] ?? {};

// The whole demo seed with its full adoption rebuild: about 65 s alone, twice that when the
// PostgreSQL suite runs beside it on two cores.
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  report = await seedDemo(database, { today: TODAY });
  risks = classifyRegions(await queryText(database.db, REGION_SERIES_SQL));
}, 300_000);

interface RegionRisk {
  region: string;
  wave: string;
  risk: RiskClass;
}

/** The domain's own forecast and risk rules over each region's rebuilt history. */
function classifyRegions(rows: Record<string, unknown>[]): RegionRisk[] {
  const series = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = `${row.region}|${row.wave}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }
  return [...series.values()].map((points) => {
    const last = points[points.length - 1] ?? {};
    const history = points.map((p) => ({
      day: String(p.day),
      numerator: Number(p.numerator),
      denominator: Number(p.denominator),
    }));
    const adoption = percentage(Number(last.numerator), Number(last.denominator), 'seed', TODAY);
    const { risk } = assessAdoption({
      series: history,
      today: TODAY,
      deadline: String(last.deadline),
      opensOn: String(last.opens_on),
      adoption,
      finishedOn: firstFinishDay(history, TODAY),
    });
    return { region: String(last.region), wave: String(last.wave), risk: risk ?? 'on_track' };
  });
}

afterAll(async () => {
  await database?.close();
});

describe('the seeded demo country', () => {
  it('has the expected size', () => {
    const { counts } = report;
    expect(counts.org_units).toBeGreaterThan(2100);
    expect(counts.org_units).toBeLessThan(2800);
    expect(counts.staff).toBeGreaterThan(45_000);
    expect(counts.staff).toBeLessThan(65_000);
    expect(counts.official_chats).toBeGreaterThan(45_000);
    expect(counts.waves).toBe(6);
    expect(counts.deadlines).toBeGreaterThanOrEqual(5);
    expect(counts.adoption_snapshots).toBeGreaterThan(20_000);
    expect(counts.adoption_snapshots).toBeLessThan(60_000);
    expect(counts.adoption_rollups).toBeGreaterThan(5000);
    expect(counts.pupil_accounts).toBeGreaterThan(1000);
  });

  it('tells its story in snapshots that agree with the staff and chat rows', async () => {
    expect(await one(SNAPSHOTS_MATCH_ROWS_SQL)).toEqual({ school_chats: 0, parents: 0, staff: 0 });
  });

  it('stores snapshots only on days the figures changed', async () => {
    expect(await one(REPEATED_SNAPSHOTS_SQL)).toEqual({ repeated: 0 });
    expect(await one(`select max(day)::text as last from adoption_snapshots`)).toEqual({
      last: expect.any(String),
    });
    const { last } = await one(`select max(day)::text as last from adoption_snapshots`);
    expect(String(last) <= TODAY).toBe(true);
  });

  it('rolls up every node from its own figures and its children', async () => {
    expect(await one(ROLLUPS_NOT_SUMMED_SQL)).toEqual({ mismatches: 0 });
    const countryVsRegions = await queryText(
      database.db,
      `select w.code, r.numerator, r.denominator,
         (select sum(c.numerator)::int from adoption_rollups c join org_units k on k.id = c.org_unit_id
          where k.level = 'region' and c.wave_id = r.wave_id) as regions_numerator
       from adoption_rollups r join waves w on w.id = r.wave_id where r.org_unit_id = 1`,
    );
    expect(countryVsRegions).toHaveLength(6);
    for (const row of countryVsRegions) expect(row.numerator).toBe(row.regions_numerator);
  });

  it('has the pilots done, Tatarstan in November 2025, before its own deadline', async () => {
    const now = await figuresAsOf(TODAY);
    for (const iso of PILOT_REGIONS) {
      const chats = now.find((f) => f.region === iso && f.wave === 'school_chats');
      expect(chats?.numerator).toBe(chats?.denominator);
    }
    const tatarstanOn = async (day: string) => {
      const figures = (await figuresAsOf(day)).find(
        (f) => f.region === 'RU-TA' && f.wave === 'school_chats',
      );
      return Number(figures?.numerator) / Number(figures?.denominator);
    };
    expect(await tatarstanOn('2025-10-31')).toBeLessThan(completionThreshold);
    expect(await tatarstanOn('2025-11-30')).toBeGreaterThanOrEqual(completionThreshold);
    const september = await figuresAsOf('2025-09-15');
    const moscow = september.find((f) => f.region === 'RU-MOW' && f.wave === 'school_chats');
    expect(moscow?.numerator ?? 0).toBeLessThan((moscow?.denominator ?? 0) / 2);
  });

  it('has finished waves nearly done nationally, with a few regions overdue', async () => {
    const national = await queryText(
      database.db,
      `select w.code, w.national_deadline::text as deadline, r.numerator, r.denominator
       from adoption_rollups r join waves w on w.id = r.wave_id where r.org_unit_id = 1`,
    );
    const finished = national.filter((w) => String(w.deadline) < TODAY);
    expect(finished.map((w) => w.code).sort()).toEqual([
      'ministry_staff',
      'municipal_authorities',
      'school_chats',
    ]);
    for (const wave of finished) {
      expect(Number(wave.numerator) / Number(wave.denominator)).toBeGreaterThan(0.98);
    }
    const overdue = risks.filter((r) => r.risk === 'overdue');
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const chats = risks.filter((r) => r.wave === 'school_chats');
    expect(chats.filter((r) => r.risk === 'done_late').length).toBeGreaterThanOrEqual(5);
    expect(chats.find((r) => r.region === 'RU-TA')?.risk).toBe('done');
    expect(overdue.length).toBeLessThanOrEqual(15);
  });

  it('classifies regions as the dashboards will: a wave closing, one at risk, one far out', () => {
    const count = (wave: string, risk: string) =>
      risks.filter((r) => r.wave === wave && r.risk === risk).length;
    expect(count('school_administrators', 'done')).toBeGreaterThan(30);
    expect(count('school_administrators', 'at_risk')).toBeGreaterThan(0);
    expect(count('preschool_vocational_staff', 'at_risk')).toBeGreaterThan(50);
    expect(count('preschool_vocational_staff', 'on_track')).toBeGreaterThan(0);
    expect(count('preschool_vocational_parents', 'on_track')).toBeGreaterThan(40);
  });

  it('has municipalities flat for weeks in a running wave', async () => {
    const flat = await one(`
      with asof as (
        select n.parent_id as municipality, d.day,
          sum(s.numerator) as numerator, sum(s.denominator) as denominator
        from (values (date '${TODAY}'), (date '${TODAY}' - 21)) as d(day)
        cross join lateral (
          select distinct on (org_unit_id) * from adoption_snapshots
          where wave_id = (select id from waves where code = 'preschool_vocational_staff') and day <= d.day
          order by org_unit_id, day desc
        ) s join org_units n on n.id = s.org_unit_id
        group by 1, 2
      )
      select count(*)::int as stalled from asof a join asof b on a.municipality = b.municipality
      where a.day > b.day and a.numerator = b.numerator and a.numerator > 0 and a.numerator < a.denominator`);
    expect(Number(flat.stalled)).toBeGreaterThan(0);
  });

  it('is seeded once only', async () => {
    expect(await isSeeded(database.db)).toBe(true);
    await expect(seedDemo(database, { today: TODAY })).rejects.toBeInstanceOf(AlreadySeededError);
    expect(await seedDemoIfEmpty(database, { today: TODAY })).toBeNull();
  });
});
