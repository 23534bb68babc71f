import { auditEntityTypes } from '@cutover/domain';

/**
 * The action filter matches by prefix: a group ("user.") or one action. Record types are
 * those the server writes; an unknown one still shows, under its own code.
 */
export const actionGroups: Record<string, string> = {
  'auth.': 'auth',
  'auth.sign_in_failed': 'auth_failed',
  'user.': 'user',
  'deadline.': 'deadline',
  'org_unit.': 'org_unit',
  'staff.': 'staff',
  'chat.': 'chat',
  'saved_filter.': 'saved_filter',
  'policy.': 'policy',
  'import.': 'import',
  'export.': 'export',
  'wave.': 'wave',
};

export const actionChoices = Object.entries(actionGroups).map(([prefix, group]) => ({
  id: prefix,
  name: `cutover.audit.groups.${group}`,
}));

export const entityTypeChoices = auditEntityTypes.map((type) => ({
  id: type,
  name: `cutover.audit.entity_types.${type}`,
}));
