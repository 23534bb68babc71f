import type { ExportReport } from '@cutover/domain';

/** How each report is summarised in a PDF: its title, what is counted, the table's columns. */
export const pdfLayout: Record<
  ExportReport,
  { title: string; countBy?: string; tableColumns: string[] }
> = {
  staff: {
    title: 'Staff by funnel status',
    countBy: 'funnelStatus',
    tableColumns: ['fullName', 'role', 'funnelStatus', 'orgUnitName'],
  },
  chats: {
    title: 'Official chats',
    countBy: 'status',
    tableColumns: ['title', 'status', 'legacyPlatform', 'orgUnitName'],
  },
  adoption: {
    title: 'Adoption by unit',
    countBy: 'class',
    tableColumns: ['name', 'numerator', 'denominator', 'percent', 'class', 'effectiveDeadline'],
  },
  lagging: {
    title: 'Overdue, at-risk and late units',
    countBy: 'class',
    tableColumns: ['name', 'percent', 'class', 'finishOrForecastDate', 'effectiveDeadline'],
  },
  deadlines: {
    title: 'Effective deadlines',
    countBy: 'deadlineSetOn',
    tableColumns: ['name', 'wave', 'effectiveDeadline', 'deadlineSetOn', 'deadlineSetBy'],
  },
  policies: {
    title: 'Effective policies',
    countBy: 'policy',
    tableColumns: ['name', 'policy', 'value', 'setOn', 'lockedOn'],
  },
  auditLog: {
    title: 'Audit log extract',
    countBy: 'action',
    tableColumns: ['at', 'actorLogin', 'action', 'entityType', 'entityId'],
  },
  regions: {
    title: 'Regions',
    countBy: 'kind',
    tableColumns: ['code', 'name', 'populationK', 'childCount'],
  },
  municipalities: {
    title: 'Municipalities',
    countBy: 'parentName',
    tableColumns: ['code', 'name', 'parentName', 'childCount'],
  },
  institutions: {
    title: 'Institutions',
    countBy: 'kind',
    tableColumns: ['code', 'name', 'kind', 'parentName'],
  },
  users: {
    title: 'Users',
    countBy: 'role',
    tableColumns: ['login', 'displayName', 'role', 'scopeName', 'lastSignInAt'],
  },
  imports: {
    title: 'Imports',
    countBy: 'status',
    tableColumns: ['id', 'fileName', 'status', 'scopeName', 'createdByLogin', 'createdAt'],
  },
};
