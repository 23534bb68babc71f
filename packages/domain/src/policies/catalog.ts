import { z } from 'zod';
import type { Localized, PolicyErrorKey } from './errors';
import { educationServiceIds } from './services';

export interface PolicyDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.output<S>;
  label: Localized;
  description: Localized;
}

/** Ties each default to its schema's output type at compile time. */
function definePolicy<S extends z.ZodType>(definition: PolicyDefinition<S>): PolicyDefinition<S> {
  return definition;
}

const error = (message: PolicyErrorKey) => ({ error: message });

const flag = () => z.boolean(error('policies.errors.boolean_expected'));

/**
 * Only one residency exists because domestic storage is mandatory; it stays an enum (not a
 * bare literal) so the stored shape and the UI select survive if the law ever adds options.
 */
export const dataResidencies = ['domestic_only'] as const;

const time = z
  .string(error('policies.errors.time_invalid'))
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, error('policies.errors.time_invalid'));

export const policyKeys = [
  'childrens_mode.enabled',
  'childrens_mode.approved_contacts_only',
  'childrens_mode.parental_pin_required',
  'childrens_mode.pin_length',
  'childrens_mode.quiet_hours',
  'data.residency',
  'legacy.sunset_date',
  'services.must_keep_working',
] as const;
export type PolicyKey = (typeof policyKeys)[number];

export const policyCatalog = {
  'childrens_mode.enabled': definePolicy({
    schema: flag(),
    default: true,
    label: { en: "Children's mode", ru: 'Детский режим' },
    description: {
      en: "Pupils' accounts run in children's mode.",
      ru: 'Учётные записи учащихся работают в детском режиме.',
    },
  }),
  'childrens_mode.approved_contacts_only': definePolicy({
    schema: flag(),
    default: true,
    label: { en: 'Approved contacts only', ru: 'Только одобренные контакты' },
    description: {
      en: 'A child can chat only with contacts on the approved list.',
      ru: 'Ребёнок может переписываться только с контактами из одобренного списка.',
    },
  }),
  'childrens_mode.parental_pin_required': definePolicy({
    schema: flag(),
    default: true,
    label: { en: 'Parental PIN required', ru: 'Требуется родительский PIN-код' },
    description: {
      en: 'Changing the approved contact list requires the parental PIN.',
      ru: 'Изменить список одобренных контактов можно только с родительским PIN-кодом.',
    },
  }),
  'childrens_mode.pin_length': definePolicy({
    schema: z
      .number(error('policies.errors.pin_length_integer'))
      .int(error('policies.errors.pin_length_integer'))
      .min(4, error('policies.errors.pin_length_range'))
      .max(8, error('policies.errors.pin_length_range')),
    default: 4,
    label: { en: 'PIN length', ru: 'Длина PIN-кода' },
    description: {
      en: 'Number of digits in the parental PIN, from 4 to 8.',
      ru: 'Количество цифр в родительском PIN-коде, от 4 до 8.',
    },
  }),
  'childrens_mode.quiet_hours': definePolicy({
    schema: z
      .strictObject({ from: time, to: time }, error('policies.errors.quiet_hours_expected'))
      .refine((hours) => hours.from !== hours.to, error('policies.errors.quiet_hours_empty'))
      .readonly()
      .nullable(),
    default: Object.freeze({ from: '21:00', to: '08:00' }),
    label: { en: 'Quiet hours for pupils', ru: 'Тихие часы для учащихся' },
    description: {
      en: 'No messages are delivered to pupils in this window (it may cross midnight); turning them off delivers messages at any hour.',
      ru: 'В это время сообщения учащимся не доставляются (интервал может переходить через полночь); если тихие часы выключены, сообщения доставляются в любое время.',
    },
  }),
  'data.residency': definePolicy({
    schema: z.enum(dataResidencies, error('policies.errors.residency_domestic_only')),
    default: 'domestic_only',
    label: { en: 'Data residency', ru: 'Размещение данных' },
    description: {
      en: 'All data stays on domestic servers; this is mandatory.',
      ru: 'Все данные хранятся только на отечественных серверах; это обязательно.',
    },
  }),
  'legacy.sunset_date': definePolicy({
    schema: z.iso.date(error('policies.errors.date_invalid')).nullable(),
    default: null,
    label: { en: 'Legacy platform sunset date', ru: 'Дата отключения прежних платформ' },
    description: {
      en: 'Date after which official chats on legacy platforms are closed; when not set, no closing date is planned.',
      ru: 'Дата, после которой официальные чаты на прежних платформах закрываются; если дата не задана, закрытие не запланировано.',
    },
  }),
  'services.must_keep_working': definePolicy({
    schema: z
      .array(
        z.enum(educationServiceIds, error('policies.errors.service_unknown')),
        error('policies.errors.services_expected'),
      )
      .min(1, error('policies.errors.services_empty'))
      .refine(
        (ids) => new Set(ids).size === ids.length,
        error('policies.errors.services_duplicate'),
      )
      .readonly(),
    default: Object.freeze([...educationServiceIds]),
    label: { en: 'Services that must keep working', ru: 'Сервисы, которые должны работать' },
    description: {
      en: 'Education services that must keep working through the switch.',
      ru: 'Образовательные сервисы, которые должны продолжать работать во время перехода.',
    },
  }),
} as const satisfies { [K in PolicyKey]: PolicyDefinition };

/** Read off `default`, which definePolicy ties to the schema's output, so generic code can use it. */
export type PolicyValue<K extends PolicyKey> = (typeof policyCatalog)[K]['default'];

export function isPolicyKey(value: unknown): value is PolicyKey {
  return typeof value === 'string' && Object.hasOwn(policyCatalog, value);
}
