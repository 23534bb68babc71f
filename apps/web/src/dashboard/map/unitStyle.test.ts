import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { formatPercent } from '../format';
import { riskColour, riskKeys } from '../risk';
import { classCounts, legendEntries, unitFill, unitLabel } from './unitStyle';

const translator = (locale: 'en' | 'ru') => {
  const provider = polyglotI18nProvider(() => (locale === 'en' ? en : ru), locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};

describe('the map legend', () => {
  it('lists every class the dashboard knows, then "no figures"', () => {
    expect(legendEntries()).toEqual([...riskKeys, 'no_data']);
    expect(legendEntries(false)).toEqual(riskKeys);
  });
});

describe('a unit on the map', () => {
  const tatarstan = { name: 'Республика Татарстан', percent: 84.2, risk: 'on_track' };

  it('is named for screen readers by its name, share done and class, in both languages', () => {
    expect(unitLabel(tatarstan, translator('en'), (v) => formatPercent('en', v))).toBe(
      'Республика Татарстан: 84.2%, On track',
    );
    expect(unitLabel(tatarstan, translator('ru'), (v) => formatPercent('ru', v))).toBe(
      'Республика Татарстан: 84,2\u00a0%, По плану',
    );
    expect(
      unitLabel({ ...tatarstan, percent: null, risk: null }, translator('en'), (v) =>
        formatPercent('en', v),
      ),
    ).toBe('Республика Татарстан: —, Not assessed');
  });

  it('takes its colour from its class, paler the less is done', () => {
    const low = unitFill({ risk: 'overdue', percent: 10 });
    const high = unitFill({ risk: 'overdue', percent: 90 });
    expect(low.fill).toBe(riskColour.overdue);
    expect(high.fill).toBe(riskColour.overdue);
    expect(low.opacity).toBeLessThan(high.opacity);
    expect(unitFill({ risk: 'bogus', percent: null }).fill).toBe(riskColour.none);
  });

  it('counts the classes present for the summary, worst first', () => {
    const units = [{ risk: 'on_track' }, { risk: 'overdue' }, { risk: 'on_track' }];
    expect(classCounts(units, translator('en'), String)).toBe('Overdue 1, On track 2');
  });
});
