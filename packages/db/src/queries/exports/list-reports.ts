import type { ExportCreateInput, ListParams } from '@cutover/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { auditLog, officialChats, orgUnits, staff } from '../../schema/index';
import { auditLogFilters, auditLogSortable } from '../audit-log/audit-log';
import { chatListFilters, chatSortable } from '../chats/chats';
import type { SortableColumns } from '../list';
import { type Scope, withinNode } from '../scope';
import { staffListFilters, staffSortable } from '../staff/staff';
import type { ReportSource } from './report-source';

export type ReportParams = Pick<ExportCreateInput, 'nodeId' | 'filter' | 'sort' | 'asOf'>;

/** The list's own rule: a field it cannot sort by falls back to its default order. */
export function sortOf(
  params: ReportParams,
  sortable: SortableColumns,
  fallback: string,
): ReportSource['sort'] {
  // The lists' own default: by id, ascending, when no sort is given.
  const sort = params.sort ?? { field: 'id', order: 'ASC' };
  const field = Object.hasOwn(sortable, sort.field) ? sort.field : fallback;
  const value = Object.hasOwn(sortable, field) ? sortable[field] : undefined;
  if (!value) throw new Error(`no sortable column ${fallback}`);
  return { value, order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

export const filterOf = (params: ReportParams): ListParams['filter'] => params.filter;

/** Staff by funnel status: exactly the staff list's rows (its filter and sort) under the node. */
export function staffReport(scope: Scope, params: ReportParams): ReportSource {
  return {
    columns: [
      { key: 'id', kind: 'number', value: staff.id },
      { key: 'fullName', kind: 'text', value: staff.fullName },
      { key: 'role', kind: 'text', value: staff.role },
      { key: 'funnelStatus', kind: 'text', value: staff.funnelStatus },
      { key: 'phone', kind: 'text', value: staff.phone },
      { key: 'email', kind: 'text', value: staff.email },
      { key: 'externalId', kind: 'text', value: staff.externalId },
      { key: 'orgUnitId', kind: 'number', value: staff.orgUnitId },
      { key: 'orgUnitName', kind: 'text', value: orgUnits.name },
      { key: 'invitedAt', kind: 'datetime', value: staff.invitedAt },
      { key: 'registeredAt', kind: 'datetime', value: staff.registeredAt },
      { key: 'lastActiveAt', kind: 'datetime', value: staff.lastActiveAt },
      { key: 'deactivatedAt', kind: 'datetime', value: staff.deactivatedAt },
    ],
    from: sql`${staff} inner join ${orgUnits} on ${eq(orgUnits.id, staff.orgUnitId)}`,
    where: [...staffListFilters(filterOf(params), scope), withinNode(orgUnits.path, params.nodeId)],
    sort: sortOf(params, staffSortable, 'fullName'),
    id: staff.id,
  };
}

/** Official chats by status and legacy platform: the chat list's rows under the node. */
export function chatsReport(scope: Scope, params: ReportParams): ReportSource {
  return {
    columns: [
      { key: 'id', kind: 'number', value: officialChats.id },
      { key: 'title', kind: 'text', value: officialChats.title },
      { key: 'classLabel', kind: 'text', value: officialChats.classLabel },
      { key: 'kind', kind: 'text', value: officialChats.kind },
      { key: 'status', kind: 'text', value: officialChats.status },
      { key: 'legacyPlatform', kind: 'text', value: officialChats.legacyPlatform },
      { key: 'parentsExpected', kind: 'number', value: officialChats.parentsExpected },
      { key: 'parentsJoined', kind: 'number', value: officialChats.parentsJoined },
      { key: 'orgUnitId', kind: 'number', value: officialChats.orgUnitId },
      { key: 'orgUnitName', kind: 'text', value: orgUnits.name },
      { key: 'migratedAt', kind: 'datetime', value: officialChats.migratedAt },
      { key: 'legacyClosedAt', kind: 'datetime', value: officialChats.legacyClosedAt },
    ],
    from: sql`${officialChats} inner join ${orgUnits} on ${eq(orgUnits.id, officialChats.orgUnitId)}`,
    where: [...chatListFilters(filterOf(params), scope), withinNode(orgUnits.path, params.nodeId)],
    sort: sortOf(params, chatSortable, 'title'),
    id: officialChats.id,
  };
}

/**
 * The audit log extract: the audit list's rows about the node's subtree, up to the end of
 * the as-of day. At the scope node itself it is the list exactly (for the whole country
 * that includes rows tied to no unit, as the list does).
 */
export function auditLogReport(scope: Scope, params: ReportParams): ReportSource {
  const where: SQL[] = auditLogFilters(filterOf(params), scope);
  if (params.nodeId !== scope.nodeId) where.push(withinNode(auditLog.orgPath, params.nodeId));
  if (params.asOf) where.push(sql`${auditLog.at} < (${params.asOf}::date + 1)::timestamptz`);
  return {
    columns: [
      { key: 'id', kind: 'number', value: auditLog.id },
      { key: 'at', kind: 'datetime', value: auditLog.at },
      { key: 'actorLogin', kind: 'text', value: auditLog.actorLogin },
      { key: 'action', kind: 'text', value: auditLog.action },
      { key: 'entityType', kind: 'text', value: auditLog.entityType },
      { key: 'entityId', kind: 'text', value: auditLog.entityId },
      { key: 'orgPath', kind: 'text', value: sql`array_to_string(${auditLog.orgPath}, '/')` },
      { key: 'before', kind: 'text', value: auditLog.before },
      { key: 'after', kind: 'text', value: auditLog.after },
      { key: 'clientIp', kind: 'text', value: auditLog.clientIp },
      { key: 'requestId', kind: 'text', value: auditLog.requestId },
      { key: 'hash', kind: 'text', value: auditLog.hash },
    ],
    from: sql`${auditLog}`,
    where,
    sort: sortOf(params, auditLogSortable, 'id'),
    id: auditLog.id,
  };
}
