import type { PolicyKey } from '@cutover/domain';

/** How each key's value is shown and edited. */
export type PolicyKind = 'boolean' | 'pin_length' | 'residency' | 'date' | 'services' | 'hours';

export const policyKinds: Record<PolicyKey, PolicyKind> = {
  'childrens_mode.enabled': 'boolean',
  'childrens_mode.approved_contacts_only': 'boolean',
  'childrens_mode.parental_pin_required': 'boolean',
  'childrens_mode.pin_length': 'pin_length',
  'childrens_mode.quiet_hours': 'hours',
  'data.residency': 'residency',
  'legacy.sunset_date': 'date',
  'services.must_keep_working': 'services',
};

/** A setting's standing: it decides the value, is overridden nearer the node, or a lock wins. */
export type SettingStatus = 'effective' | 'overridden' | 'shadowed_by_lock' | 'applies';

export interface QuietHours {
  from: string;
  to: string;
}

export function isQuietHours(value: unknown): value is QuietHours {
  if (typeof value !== 'object' || value === null) return false;
  const from: unknown = Reflect.get(value, 'from');
  const to: unknown = Reflect.get(value, 'to');
  return typeof from === 'string' && typeof to === 'string';
}

export function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
