import { funnelStatusValues, jobStatusValues, staffRoleValues } from '@cutover/domain';

// The domain owns these lists; the database enums are created from the same ones.
export const staffRoles = staffRoleValues;
export const funnelStatuses = funnelStatusValues;
export const jobStatuses = jobStatusValues;

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
