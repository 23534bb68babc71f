import { describe, expect, it } from 'vitest';
import type { PolicyErrorKey } from './errors';
import { parsePolicyValue } from './parse';

describe('parsePolicyValue accepts', () => {
  it.each([
    { key: 'childrens_mode.enabled', input: false },
    { key: 'childrens_mode.approved_contacts_only', input: true },
    { key: 'childrens_mode.parental_pin_required', input: false },
    { key: 'childrens_mode.pin_length', input: 4 },
    { key: 'childrens_mode.pin_length', input: 8 },
    { key: 'childrens_mode.quiet_hours', input: { from: '22:30', to: '07:00' } },
    { key: 'childrens_mode.quiet_hours', input: { from: '00:00', to: '23:59' } },
    { key: 'childrens_mode.quiet_hours', input: null },
    { key: 'data.residency', input: 'domestic_only' },
    { key: 'legacy.sunset_date', input: '2025-12-31' },
    { key: 'legacy.sunset_date', input: '2024-02-29' },
    { key: 'legacy.sunset_date', input: null },
    { key: 'services.must_keep_working', input: ['my_school'] },
    { key: 'services.must_keep_working', input: ['gosuslugi_sign_in', 'e_journal', 'e_diary'] },
  ])('$key = $input', ({ key, input }) => {
    expect(parsePolicyValue(key, input)).toEqual({ ok: true, key, value: input });
  });
});

type Refusal = { key: string; input: unknown; field: string; message: PolicyErrorKey };

describe('parsePolicyValue refuses, naming the field and the reason', () => {
  it.each<Refusal>([
    {
      key: 'no.such_key',
      input: true,
      field: 'no.such_key',
      message: 'policies.errors.unknown_key',
    },
    {
      key: 'childrens_mode.enabled',
      input: 'yes',
      field: 'childrens_mode.enabled',
      message: 'policies.errors.boolean_expected',
    },
    ...[3, 9, 0, -4].map((input) => ({
      key: 'childrens_mode.pin_length',
      input,
      field: 'childrens_mode.pin_length',
      message: 'policies.errors.pin_length_range' as const,
    })),
    ...[4.5, '4', null, Number.NaN].map((input) => ({
      key: 'childrens_mode.pin_length',
      input,
      field: 'childrens_mode.pin_length',
      message: 'policies.errors.pin_length_integer' as const,
    })),
    ...['abroad', 'Domestic_only', null].map((input) => ({
      key: 'data.residency',
      input,
      field: 'data.residency',
      message: 'policies.errors.residency_domestic_only' as const,
    })),
    ...['2025-02-29', '2025-13-01', '31.12.2025', '2025-11-01T00:00:00Z', 20251101].map(
      (input) => ({
        key: 'legacy.sunset_date',
        input,
        field: 'legacy.sunset_date',
        message: 'policies.errors.date_invalid' as const,
      }),
    ),
    ...[
      { input: [], message: 'policies.errors.services_empty' as const },
      { input: 'my_school', message: 'policies.errors.services_expected' as const },
      { input: null, message: 'policies.errors.services_expected' as const },
      { input: ['e_diary', 'e_diary'], message: 'policies.errors.services_duplicate' as const },
    ].map(({ input, message }) => ({
      key: 'services.must_keep_working',
      input,
      field: 'services.must_keep_working',
      message,
    })),
    {
      key: 'services.must_keep_working',
      input: ['my_school', 'whatsapp'],
      field: 'services.must_keep_working[1]',
      message: 'policies.errors.service_unknown',
    },
    ...[
      { input: { from: '24:00', to: '08:00' }, field: '.from' },
      { input: { from: '21:00', to: '8:00' }, field: '.to' },
      { input: { from: '21:00', to: '08:60' }, field: '.to' },
      { input: { from: '21:00' }, field: '.to' },
    ].map(({ input, field }) => ({
      key: 'childrens_mode.quiet_hours',
      input,
      field: `childrens_mode.quiet_hours${field}`,
      message: 'policies.errors.time_invalid' as const,
    })),
    ...[
      { input: { from: '21:00', to: '21:00' }, message: 'policies.errors.quiet_hours_empty' },
      { input: '21:00-08:00', message: 'policies.errors.quiet_hours_expected' },
      {
        input: { from: '21:00', to: '08:00', days: 5 },
        message: 'policies.errors.quiet_hours_expected',
      },
    ].map(({ input, message }) => ({
      key: 'childrens_mode.quiet_hours',
      input,
      field: 'childrens_mode.quiet_hours',
      message: message as PolicyErrorKey,
    })),
  ])('$key = $input → $field: $message', ({ key, input, field, message }) => {
    const result = parsePolicyValue(key, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.key).toBe(key);
    expect(result.errors[0]).toEqual({ field, message, text: expect.any(String) });
    expect(result.errors[0]?.text).not.toBe('');
  });

  it('reports every offending item of a list', () => {
    const result = parsePolicyValue('services.must_keep_working', ['x', 'my_school', 'y']);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'services.must_keep_working[0]',
      'services.must_keep_working[2]',
    ]);
  });
});
