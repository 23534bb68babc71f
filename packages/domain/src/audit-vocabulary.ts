/**
 * Every action the server writes to the audit log, and the record types it names. The
 * log's writer accepts only these, and the web must word each one in both languages.
 */
export const auditActions = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.second_factor',
  'auth.second_factor_enrolled',
  'auth.second_factor_failed',
  'user.create',
  'user.create_demo',
  'user.create_federal_admin',
  'user.update',
  'user.disable',
  'user.enable',
  'user.reset_password',
  'deadline.create',
  'deadline.update',
  'deadline.delete',
  'org_unit.create',
  'org_unit.update',
  'org_unit.move',
  'org_unit.close',
  'org_unit.merge',
  'staff.create',
  'staff.update',
  'staff.transfer',
  'staff.deactivate',
  'staff.reactivate',
  'staff.invite',
  'chat.update',
  'chat.status',
  'saved_filter.create',
  'saved_filter.delete',
  'policy.set',
  'policy.update',
  'policy.remove',
  'import.commit',
  'export.create',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = [
  'session',
  'user',
  'deadline',
  'orgUnit',
  'staff',
  'chat',
  'savedFilter',
  'policy',
  'importJob',
  'exportJob',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
