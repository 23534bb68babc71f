import type { ImportStatus, StaffRow } from '../rows';

type StaffRole = StaffRow['role'];
type FunnelStatus = StaffRow['funnelStatus'];

/**
 * The database package owns these lists and the web cannot import it; keyed by the
 * router's own union types, these records fail to compile when the server adds a value.
 */
const staffRoleSet: Record<StaffRole, true> = {
  teacher: true,
  class_teacher: true,
  school_admin: true,
  director: true,
  preschool_teacher: true,
  lecturer: true,
  ministry_officer: true,
  municipal_officer: true,
  support_staff: true,
};

const funnelStatusSet: Record<FunnelStatus, true> = {
  not_invited: true,
  invited: true,
  registered: true,
  active: true,
  deactivated: true,
};

const jobStatusSet: Record<ImportStatus, true> = {
  pending: true,
  validating: true,
  validated: true,
  held: true,
  running: true,
  succeeded: true,
  failed: true,
  cancelled: true,
};

export const staffRoles = Object.keys(staffRoleSet) as StaffRole[];
export const funnelStatuses = Object.keys(funnelStatusSet) as FunnelStatus[];
export const jobStatuses = Object.keys(jobStatusSet) as ImportStatus[];

export type EnumName =
  | 'level'
  | 'kind'
  | 'staffRole'
  | 'funnelStatus'
  | 'userRole'
  | 'importFormat'
  | 'jobStatus';

/** Choices for select inputs; react-admin translates the `name` keys. */
export function enumChoices(name: EnumName, values: readonly string[]) {
  return values.map((value) => ({ id: value, name: `enums.${name}.${value}` }));
}
