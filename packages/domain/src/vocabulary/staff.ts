/** What a staff member does; the database enum `staff_role` is created from this list. */
export const staffRoleValues = [
  'teacher',
  'class_teacher',
  'school_admin',
  'director',
  'preschool_teacher',
  'lecturer',
  'ministry_officer',
  'municipal_officer',
  'support_staff',
] as const;
export type StaffRole = (typeof staffRoleValues)[number];

/** How far a staff member has come on the platform; the database enum `funnel_status`. */
export const funnelStatusValues = [
  'not_invited',
  'invited',
  'registered',
  'active',
  'deactivated',
] as const;
export type FunnelStatus = (typeof funnelStatusValues)[number];
