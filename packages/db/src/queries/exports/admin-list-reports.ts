import type { OrgLevel } from '@cutover/domain';
import { eq, sql } from 'drizzle-orm';
import { importJobs, orgUnits, users } from '../../schema/index';
import { importJobListFilters, importJobSortable } from '../imports/jobs';
import { orgUnitListFilters, orgUnitSortable } from '../org-units/org-units';
import { type Scope, withinNode } from '../scope';
import { userListFilters, userSortable } from '../users/users';
import { filterOf, type ReportParams, sortOf } from './list-reports';
import type { ReportSource } from './report-source';

/**
 * One level's unit list (regions, municipalities or institutions): the list's rows, filter
 * and sort under the node, with the parent's name and the open children count it shows.
 */
export function unitListReport(level: OrgLevel) {
  return (scope: Scope, params: ReportParams): ReportSource => ({
    columns: [
      { key: 'id', kind: 'number', value: orgUnits.id },
      { key: 'code', kind: 'text', value: orgUnits.code },
      { key: 'name', kind: 'text', value: orgUnits.name },
      { key: 'level', kind: 'text', value: orgUnits.level },
      { key: 'kind', kind: 'text', value: orgUnits.kind },
      { key: 'parentId', kind: 'number', value: orgUnits.parentId },
      {
        key: 'parentName',
        kind: 'text',
        value: sql`(select p.name from org_units p where p.id = ${orgUnits.parentId})`,
      },
      { key: 'populationK', kind: 'number', value: orgUnits.populationK },
      {
        key: 'childCount',
        kind: 'number',
        value: sql`(select count(*) from org_units c where c.parent_id = ${orgUnits.id} and c.valid_to is null)`,
      },
      { key: 'validFrom', kind: 'date', value: orgUnits.validFrom },
      { key: 'validTo', kind: 'date', value: orgUnits.validTo },
    ],
    from: sql`${orgUnits}`,
    where: [
      ...orgUnitListFilters(level, filterOf(params), scope),
      withinNode(orgUnits.path, params.nodeId),
    ],
    sort: sortOf(params, orgUnitSortable, 'name'),
    id: orgUnits.id,
  });
}

/**
 * The user list's accounts under the node: who they are, their role and scope, whether
 * they use a second factor and when they last signed in. Never a password hash or secret.
 */
export function usersReport(scope: Scope, params: ReportParams): ReportSource {
  return {
    columns: [
      { key: 'id', kind: 'number', value: users.id },
      { key: 'login', kind: 'text', value: users.login },
      { key: 'displayName', kind: 'text', value: users.displayName },
      { key: 'role', kind: 'text', value: users.role },
      { key: 'scopeOrgUnitId', kind: 'number', value: users.scopeOrgUnitId },
      { key: 'scopeName', kind: 'text', value: orgUnits.name },
      { key: 'scopeLevel', kind: 'text', value: orgUnits.level },
      {
        key: 'secondFactor',
        kind: 'text',
        value: sql`case when ${users.totpEnabledAt} is null then 'off' else 'on' end`,
      },
      { key: 'disabledAt', kind: 'datetime', value: users.disabledAt },
      { key: 'lastSignInAt', kind: 'datetime', value: users.lastSignInAt },
      { key: 'createdAt', kind: 'datetime', value: users.createdAt },
    ],
    from: sql`${users} inner join ${orgUnits} on ${eq(orgUnits.id, users.scopeOrgUnitId)}`,
    where: [...userListFilters(filterOf(params), scope), withinNode(orgUnits.path, params.nodeId)],
    sort: sortOf(params, userSortable, 'login'),
    id: users.id,
  };
}

/** The import list's jobs under the node: file, hash, status, counts, who and when. */
export function importsReport(scope: Scope, params: ReportParams): ReportSource {
  return {
    columns: [
      { key: 'id', kind: 'number', value: importJobs.id },
      { key: 'kind', kind: 'text', value: importJobs.kind },
      { key: 'fileName', kind: 'text', value: importJobs.fileName },
      { key: 'fileSha256', kind: 'text', value: importJobs.fileSha256 },
      { key: 'status', kind: 'text', value: importJobs.status },
      { key: 'counts', kind: 'text', value: importJobs.counts },
      { key: 'scopeOrgUnitId', kind: 'number', value: importJobs.scopeOrgUnitId },
      { key: 'scopeName', kind: 'text', value: orgUnits.name },
      { key: 'createdByLogin', kind: 'text', value: users.login },
      { key: 'createdAt', kind: 'datetime', value: importJobs.createdAt },
      { key: 'finishedAt', kind: 'datetime', value: importJobs.finishedAt },
    ],
    from: sql`${importJobs} inner join ${orgUnits} on ${eq(orgUnits.id, importJobs.scopeOrgUnitId)}
      inner join ${users} on ${eq(users.id, importJobs.createdByUserId)}`,
    where: [
      ...importJobListFilters(filterOf(params), scope),
      withinNode(orgUnits.path, params.nodeId),
    ],
    sort: sortOf(params, importJobSortable, 'id'),
    id: importJobs.id,
  };
}
