export * from './adoption/index';
export * from './audit-checkpoint/index';
export * from './audit-verify';
export * from './client';
export * from './data-dir-lock';
export * from './hierarchy-integrity';
export * from './queries/accounts';
export type { Figures } from './queries/adoption';
export * from './queries/attempts';
export * from './queries/audit';
export type { ChatRecord } from './queries/chats';
export type { DeadlineRecord } from './queries/deadlines';
export { IMPORT_STALE_MINUTES } from './queries/import-jobs';
export {
  IMPORT_RETENTION_DAYS,
  type ImportSweepOptions,
  type ImportSweepReport,
  sweepImportJobs,
} from './queries/import-sweep';
export type { ImportJobRecord } from './queries/imports';
export * from './queries/hierarchy-lock';
export * from './queries/load-scope';
export type { OrgUnitRecord } from './queries/org-units';
export type { PolicySettingRecord } from './queries/policies';
export type { Scope } from './queries/scope';
export * from './queries/second-factor';
export * from './queries/sessions';
export * from './queries/sign-in';
export type { StaffRecord } from './queries/staff';
export type { NewUser, UserRecord } from './queries/users';
export * as schema from './schema/index';
export {
  chatKinds,
  chatStatuses,
  funnelStatuses,
  legacyPlatforms,
  staffRoles,
} from './schema/index';
export * from './roles/index';
export * from './scoped-data';
