import { type ExportCreateInput, jobStatusValues, type ListParams } from '@cutover/domain';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { exportJobs, orgUnits, users } from '../../schema/index';
import { countAll, enumFilter, idFilter, inOrder, orderBy, pageOf } from '../list';
import { type Scope, withinNode, withinScope } from '../scope';

/** What an export job was asked for; kept in its `params` column. */
export type ExportParams = Omit<ExportCreateInput, 'format'> & {
  request?: { requestId: string | null; clientIp: string | null };
};

const columns = {
  ...getTableColumns(exportJobs),
  // Who asked from where (request id, client address) stays with the runner and the audit log.
  params: sql<Record<string, unknown>>`${exportJobs.params} - 'request'`,
  scopePath: orgUnits.path,
  scopeName: orgUnits.name,
  createdByLogin: users.login,
};
const sortable = { id: exportJobs.id, createdAt: exportJobs.createdAt, status: exportJobs.status };

function filtersFor(filter: ListParams['filter'], scope: Scope): SQL[] {
  const conditions = [withinScope(orgUnits.path, scope)];
  const within = idFilter(filter.withinId);
  if (within) conditions.push(withinNode(orgUnits.path, within));
  const statuses = enumFilter(filter.status, jobStatusValues);
  if (statuses)
    conditions.push(sql`${exportJobs.status} = any(${sql.param(statuses)}::job_status[])`);
  return conditions;
}

/**
 * Export jobs whose unit lies in the caller's subtree. A job's scope node is the unit the
 * report is about, so a colleague with the same subtree sees it; one above sees it too.
 */
export function exportJobQueries(db: Executor, scope: Scope) {
  const select = (where: SQL | undefined) =>
    db
      .select(columns)
      .from(exportJobs)
      .innerJoin(orgUnits, eq(orgUnits.id, exportJobs.scopeOrgUnitId))
      .innerJoin(users, eq(users.id, exportJobs.createdByUserId))
      .where(where);
  const visible = (id: number) => and(eq(exportJobs.id, id), withinScope(orgUnits.path, scope));

  return {
    /** A pending job for the caller; the runner picks it up. The node must be in scope. */
    async create(format: string, params: ExportParams) {
      const [created] = await db
        .insert(exportJobs)
        .values({
          kind: params.report,
          format,
          params,
          status: 'pending',
          createdByUserId: scope.userId,
          scopeOrgUnitId: params.nodeId,
        })
        .returning({ id: exportJobs.id });
      if (!created) throw new Error('export job not created');
      return created.id;
    },

    async byId(id: number) {
      const [job] = await select(visible(id));
      return job ?? null;
    },

    async list(params: ListParams) {
      const where = and(...filtersFor(params.filter, scope));
      const { limit, offset } = pageOf(params);
      const [data, totals] = await inOrder([
        select(where)
          .orderBy(...orderBy(params, sortable, 'id'))
          .limit(limit)
          .offset(offset),
        db
          .select({ total: countAll })
          .from(exportJobs)
          .innerJoin(orgUnits, eq(orgUnits.id, exportJobs.scopeOrgUnitId))
          .where(where),
      ]);
      return { data, total: totals[0]?.total ?? 0 };
    },
  };
}
export type ExportJobQueries = ReturnType<typeof exportJobQueries>;
export type ExportJobRecord = NonNullable<Awaited<ReturnType<ExportJobQueries['byId']>>>;
