import { educationServiceLabels, type PolicyKey } from '@cutover/domain';
import { isQuietHours, isStringList, policyKinds } from './kinds';

export type UiLocale = 'en' | 'ru';
export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type FormattedValue = { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

const text = (value: string): FormattedValue => ({ kind: 'text', text: value });

function serviceLabel(id: string, locale: UiLocale): string {
  return Object.hasOwn(educationServiceLabels, id)
    ? educationServiceLabels[id as keyof typeof educationServiceLabels][locale]
    : id;
}

/** A calendar date (YYYY-MM-DD) in the interface language, read as that day wherever we are. */
export function formatDay(day: string, locale: UiLocale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatMoment(at: Date | string, locale: UiLocale): string {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A policy value as people read it: On/Off, "6 digits", service names, "21:00–08:00". */
export function formatPolicyValue(
  key: PolicyKey,
  value: unknown,
  translate: Translate,
  locale: UiLocale,
): FormattedValue {
  const t = (name: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.value.${name}`, options);
  switch (policyKinds[key]) {
    case 'boolean':
      return typeof value === 'boolean' ? text(t(value ? 'on' : 'off')) : text(t('invalid'));
    case 'pin_length':
      return typeof value === 'number'
        ? text(t('digits', { smart_count: value }))
        : text(t('invalid'));
    case 'residency':
      return typeof value === 'string'
        ? text(translate(`cutover.policies.residency.${value}`, { _: value }))
        : text(t('invalid'));
    case 'date':
      if (value === null) return text(t('not_set'));
      return typeof value === 'string' ? text(formatDay(value, locale)) : text(t('invalid'));
    case 'services':
      if (!isStringList(value)) return text(t('invalid'));
      return value.length === 0
        ? text(t('none'))
        : { kind: 'list', items: value.map((id) => serviceLabel(id, locale)) };
    case 'hours':
      if (value === null) return text(t('quiet_off'));
      return isQuietHours(value)
        ? text(t('hours', { from: value.from, to: value.to }))
        : text(t('invalid'));
  }
}

/** The same on one line, for tables. */
export function policyValueText(...args: Parameters<typeof formatPolicyValue>): string {
  const formatted = formatPolicyValue(...args);
  return formatted.kind === 'text' ? formatted.text : formatted.items.join('; ');
}
