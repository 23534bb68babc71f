import type { StagedRow } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { type Scope, withinScope } from '../scope';

const columns = (rows: readonly StagedRow[]) => {
  const param = <T>(pick: (row: StagedRow) => T) => sql.param(rows.map(pick));
  return sql.join(
    [
      sql`${param((r) => r.row)}::integer[]`,
      sql`${param((r) => r.externalId)}::text[]`,
      sql`${param((r) => r.unitCode)}::text[]`,
      sql`${param((r) => r.fullName)}::text[]`,
      sql`${param((r) => r.role)}::text[]`,
      sql`${param((r) => r.phone)}::text[]`,
      sql`${param((r) => r.email)}::text[]`,
      sql`${param((r) => r.status)}::text[]`,
      sql`${param((r) => r.errors.map((e) => `${e.field}|${e.message}`).join(','))}::text[]`,
    ],
    sql`, `,
  );
};

/**
 * Stages a batch of parsed rows with one INSERT of column arrays, only into a job of the
 * caller's scope that is still being validated.
 */
export async function stageImportRows(
  db: Executor,
  scope: Scope,
  jobId: number,
  rows: readonly StagedRow[],
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into import_rows
      (job_id, row_no, external_id, unit_code, full_name, role, phone, email, status, parse_errors)
    select ${jobId}::integer, t.row_no, t.external_id, t.unit_code, t.full_name,
           t.role::staff_role, t.phone, t.email, t.status, string_to_array(nullif(t.errors, ''), ',')
      from unnest(${columns(rows)})
        as t(row_no, external_id, unit_code, full_name, role, phone, email, status, errors)
     where exists (
       select 1 from import_jobs j join org_units u on u.id = j.scope_org_unit_id
        where j.id = ${jobId} and j.status = 'validating' and ${withinScope(sql`u.path`, scope)})`);
}
