import { describe, expect, it } from 'vitest';
import { formatDay, formatPolicyValue, policyValueText, type Translate } from './format';

/** Echoes the key and its options, so the test sees what would be translated. */
const translate: Translate = (key, options) =>
  options ? `${key} ${JSON.stringify(options)}` : key;

describe('formatPolicyValue', () => {
  it('shows booleans as On and Off', () => {
    expect(formatPolicyValue('childrens_mode.enabled', true, translate, 'en')).toEqual({
      kind: 'text',
      text: 'cutover.policies.value.on',
    });
    expect(policyValueText('childrens_mode.approved_contacts_only', false, translate, 'en')).toBe(
      'cutover.policies.value.off',
    );
  });

  it('counts PIN digits with plural forms', () => {
    expect(policyValueText('childrens_mode.pin_length', 6, translate, 'en')).toBe(
      'cutover.policies.value.digits {"smart_count":6}',
    );
  });

  it('names services in the interface language', () => {
    const value = ['my_school', 'e_diary'];
    expect(formatPolicyValue('services.must_keep_working', value, translate, 'ru')).toEqual({
      kind: 'list',
      items: ['Федеральная платформа «Моя школа»', 'Электронные дневники (например, «Дневник.ру»)'],
    });
  });

  it('shows quiet hours, and off when null', () => {
    const hours = { from: '21:00', to: '08:00' };
    expect(policyValueText('childrens_mode.quiet_hours', hours, translate, 'en')).toBe(
      'cutover.policies.value.hours {"from":"21:00","to":"08:00"}',
    );
    expect(policyValueText('childrens_mode.quiet_hours', null, translate, 'en')).toBe(
      'cutover.policies.value.quiet_off',
    );
  });

  it('shows a sunset date as that calendar day, or not set', () => {
    expect(policyValueText('legacy.sunset_date', '2026-09-01', translate, 'en')).toBe(
      'September 1, 2026',
    );
    expect(policyValueText('legacy.sunset_date', null, translate, 'en')).toBe(
      'cutover.policies.value.not_set',
    );
    expect(formatDay('2026-09-01', 'ru')).toBe('1 сентября 2026 г.');
  });

  it('translates the residency and flags values of the wrong shape', () => {
    expect(policyValueText('data.residency', 'domestic_only', translate, 'en')).toBe(
      'cutover.policies.residency.domestic_only {"_":"domestic_only"}',
    );
    expect(policyValueText('childrens_mode.pin_length', '6', translate, 'en')).toBe(
      'cutover.policies.value.invalid',
    );
  });
});
