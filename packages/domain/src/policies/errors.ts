/** Text in both UI languages; the catalog ships its own so the server can explain itself. */
export interface Localized {
  en: string;
  ru: string;
}

/** i18n keys for every way a policy value or change can be refused, with English text. */
export const policyErrorMessages = {
  'policies.errors.unknown_key': 'Unknown policy key',
  'policies.errors.invalid_value': 'Invalid value',
  'policies.errors.boolean_expected': 'Expected true or false',
  'policies.errors.pin_length_integer': 'PIN length must be a whole number',
  'policies.errors.pin_length_range': 'PIN length must be from 4 to 8 digits',
  'policies.errors.residency_domestic_only':
    'Data must stay on domestic servers: "domestic_only" is the only allowed value',
  'policies.errors.date_invalid': 'Expected a calendar date as YYYY-MM-DD, or null',
  'policies.errors.services_expected': 'Expected a list of education services',
  'policies.errors.services_empty': 'At least one education service must keep working',
  'policies.errors.service_unknown': 'Unknown education service',
  'policies.errors.services_duplicate': 'Each education service may be listed only once',
  'policies.errors.quiet_hours_expected': 'Expected { from, to } as HH:MM times, or null',
  'policies.errors.time_invalid': 'Expected a time as HH:MM, from 00:00 to 23:59',
  'policies.errors.quiet_hours_empty': 'Quiet hours must start and end at different times',
  'policies.errors.locked_above': 'This policy is locked by an ancestor and cannot be overridden',
} as const;
export type PolicyErrorKey = keyof typeof policyErrorMessages;

export function isPolicyErrorKey(value: string): value is PolicyErrorKey {
  return Object.hasOwn(policyErrorMessages, value);
}

/** One refusal: `field` is the policy key plus the path inside its value, e.g. `childrens_mode.quiet_hours.from`. */
export interface PolicyFieldError {
  field: string;
  message: PolicyErrorKey;
  text: string;
}

export function policyError(field: string, message: PolicyErrorKey): PolicyFieldError {
  return { field, message, text: policyErrorMessages[message] };
}
