import { type WaveCode, waveCohorts } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import { computeRisks } from '../../adoption/risks';
import { type Executor, queryRows } from '../../client';
import { type WaveRow, waveSelect } from '../dashboard/sql';
import { type Scope, withinScope } from '../scope';

/** What moving a wave's national deadline would do to the units taking part, as of today. */
export interface WaveImpact {
  /** Units taking part (a figure to reach) whose effective deadline would change. */
  deadlineChanged: number;
  /** Unfinished units not overdue today that would be overdue today. */
  becomeOverdue: number;
  /** Unfinished units overdue today that would no longer be. */
  noLongerOverdue: number;
  /** Units that finished on time and would count as finished late. */
  becomeLate: number;
  /** Units taking part that have not finished yet. */
  unfinished: number;
}

/** A node's own deadline for the wave later than a proposed national one. */
export interface LaterSetting {
  id: number;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitPath: number[];
  deadline: string;
  reason: string;
}

export interface ProposedSchedule {
  nationalDeadline: string;
  opensOn: string;
}

const inList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The national waves: reads, the federal admin's changes (optimistic on `version`) and the
 * impact of a change, computed in SQL over the units inside the caller's scope.
 */
export function waveQueries(db: Executor, scope: Scope) {
  const inScope = (alias: string) => withinScope(sql.raw(`${alias}.path`), scope);
  return {
    async byId(id: number): Promise<WaveRow | null> {
      const [row] = await queryRows<WaveRow>(
        db,
        sql`select ${waveSelect} from waves where id = ${id}`,
      );
      return row ?? null;
    },

    /**
     * The wave, its row share-locked until the transaction ends: a deadline checked against
     * it cannot race a reschedule (which updates the row) or a close.
     */
    async lockedForDeadline(id: number): Promise<WaveRow | null> {
      const [row] = await queryRows<WaveRow>(
        db,
        sql`select ${waveSelect} from waves where id = ${id} for share`,
      );
      return row ?? null;
    },

    async byCode(code: string): Promise<WaveRow | null> {
      const [row] = await queryRows<WaveRow>(
        db,
        sql`select ${waveSelect} from waves where code = ${code}`,
      );
      return row ?? null;
    },

    /**
     * Effective deadlines before (own settings, else `current`) and after (own settings
     * brought forward to the new national date where later, else the new date), per unit.
     */
    async impact(waveId: number, current: string, proposed: string, today: string) {
      const [row] = await queryRows<WaveImpact>(
        db,
        sql`with units as (
              select r.denominator, r.finished_on,
                (select d.deadline from deadlines d join org_units a on a.id = d.org_unit_id
                  where d.wave_id = ${waveId} and d.org_unit_id = any(u.path)
                  order by a.depth desc limit 1) as own
              from adoption_rollups r join org_units u on u.id = r.org_unit_id
              where r.wave_id = ${waveId} and u.valid_to is null and ${inScope('u')}
                and (r.denominator > 0 or r.finished_on is not null)
            ), effective as (
              select denominator, finished_on,
                coalesce(own, ${current}::date) as before,
                least(coalesce(own, ${proposed}::date), ${proposed}::date) as after
              from units
            )
            select
              count(*) filter (where before <> after)::int as "deadlineChanged",
              count(*) filter (where finished_on is null and ${today}::date > after
                and not ${today}::date > before)::int as "becomeOverdue",
              count(*) filter (where finished_on is null and ${today}::date > before
                and not ${today}::date > after)::int as "noLongerOverdue",
              count(*) filter (where finished_on <= before and finished_on > after)::int as "becomeLate",
              count(*) filter (where finished_on is null)::int as unfinished
            from effective`,
      );
      return (
        row ?? {
          deadlineChanged: 0,
          becomeOverdue: 0,
          noLongerOverdue: 0,
          becomeLate: 0,
          unfinished: 0,
        }
      );
    },

    /** Open units inside the scope that a new wave of the cohort would count. */
    async cohortUnits(code: WaveCode): Promise<number> {
      const cohort = waveCohorts.find((c) => c.code === code);
      if (!cohort) return 0;
      const kinds: readonly string[] = 'institutionKinds' in cohort ? cohort.institutionKinds : [];
      const [row] = await queryRows<{ count: number }>(
        db,
        sql`select count(*)::int as count from org_units u
            where u.valid_to is null and ${inScope('u')}
              and u.level::text in (${inList(cohort.levels)})
              ${kinds.length > 0 ? sql`and u.kind::text in (${inList(kinds)})` : sql``}`,
      );
      return row?.count ?? 0;
    },

    /** Own settings for the wave later than `deadline` (they would loosen the national one). */
    laterSettings(waveId: number, deadline: string) {
      return queryRows<LaterSetting>(
        db,
        sql`select d.id, d.org_unit_id as "orgUnitId", u.name as "orgUnitName",
              u.path as "orgUnitPath", to_char(d.deadline, 'YYYY-MM-DD') as deadline, d.reason
            from deadlines d join org_units u on u.id = d.org_unit_id
            where d.wave_id = ${waveId} and d.deadline > ${deadline}::date and ${inScope('u')}
            order by u.depth, u.name`,
      );
    },

    /** How many own settings for the wave fall before `day` (a deadline before the opening). */
    async settingsBefore(waveId: number, day: string): Promise<number> {
      const [row] = await queryRows<{ count: number }>(
        db,
        sql`select count(*)::int as count from deadlines d join org_units u on u.id = d.org_unit_id
            where d.wave_id = ${waveId} and d.deadline < ${day}::date and ${inScope('u')}`,
      );
      return row?.count ?? 0;
    },

    /** Brings the given settings forward to the national deadline, recording who and why. */
    async bringForward(ids: readonly number[], deadline: string, reason: string) {
      if (ids.length === 0) return;
      await db.execute(
        sql`update deadlines set deadline = ${deadline}::date, reason = ${reason},
              set_by_user_id = ${scope.userId}, set_at = now(), version = version + 1
            where id in (${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )})`,
      );
    },

    async insert(values: {
      code: string;
      nameEn: string;
      nameRu: string;
      opensOn: string;
      nationalDeadline: string;
    }): Promise<number | null> {
      const [row] = await queryRows<{ id: number }>(
        db,
        sql`insert into waves (code, name_en, name_ru, opens_on, national_deadline, sort_order)
            values (${values.code}, ${values.nameEn}, ${values.nameRu}, ${values.opensOn}::date,
              ${values.nationalDeadline}::date,
              (select coalesce(max(sort_order), 0) + 1 from waves))
            on conflict (code) do nothing
            returning id`,
      );
      return row?.id ?? null;
    },

    /** Null when the version is stale (or the wave is gone): the caller reports a conflict. */
    async reschedule(id: number, version: number, dates: ProposedSchedule) {
      const [row] = await queryRows<{ id: number }>(
        db,
        sql`update waves set opens_on = ${dates.opensOn}::date,
              national_deadline = ${dates.nationalDeadline}::date,
              version = version + 1, updated_at = now()
            where id = ${id} and version = ${version} and closed_on is null
            returning id`,
      );
      return row?.id ?? null;
    },

    async close(id: number, version: number, day: string) {
      const [row] = await queryRows<{ id: number }>(
        db,
        sql`update waves set closed_on = ${day}::date, version = version + 1, updated_at = now()
            where id = ${id} and version = ${version} and closed_on is null
            returning id`,
      );
      return row?.id ?? null;
    },

    /** Risk classes and stored deadlines of the wave again, with the domain's one assessment. */
    reassess(waveId: number, today: string) {
      return computeRisks(db, today, waveId);
    },
  };
}
export type WaveQueries = ReturnType<typeof waveQueries>;
