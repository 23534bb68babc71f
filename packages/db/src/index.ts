export * from './adoption/index';
export * from './audit-checkpoint/index';
export * from './audit-verify';
export * from './client';
export * from './data-dir-lock';
export * from './hierarchy-integrity';
export * from './queries/audit-log/audit';
export * from './queries/auth/attempts';
export * from './queries/auth/second-factor';
export * from './queries/auth/session-cache';
export * from './queries/auth/sessions';
export * from './queries/auth/sign-in';
export type { ChatRecord } from './queries/chats/chats';
export type { Figures, WaveRow } from './queries/dashboard/dashboard';
export type { DeadlineRecord } from './queries/deadlines/deadlines';
export * from './queries/exports/index';
export type { ImportJobRecord } from './queries/imports/imports';
export { IMPORT_STALE_MINUTES } from './queries/imports/jobs';
export {
  IMPORT_RETENTION_DAYS,
  type ImportSweepOptions,
  type ImportSweepReport,
  sweepImportJobs,
} from './queries/imports/sweep';
export * from './queries/jobs/job-lease';
export * from './queries/list-counts';
export * from './queries/load-scope';
export * from './queries/org-units/hierarchy-lock';
export type { OrgUnitRecord } from './queries/org-units/org-units';
export type { PolicySettingRecord } from './queries/policies/policies';
export type { Scope } from './queries/scope';
export type { StaffRecord } from './queries/staff/staff';
export * from './queries/users/accounts';
export type { NewUser, UserRecord } from './queries/users/users';
export type { LaterSetting, WaveImpact } from './queries/waves/waves';
export * from './roles/index';
export * as schema from './schema/index';
export * from './scoped-data';
