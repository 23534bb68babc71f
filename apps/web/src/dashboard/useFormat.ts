import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import {
  formatCount,
  formatDay,
  formatInstant,
  formatMonth,
  formatPercent,
  formatPoints,
} from './format';

/** The dashboard's formatters bound to the interface language (not the browser's). */
export function useFormat() {
  const [locale] = useLocaleState();
  return useMemo(
    () => ({
      locale,
      day: (day: string | null | undefined) => formatDay(locale, day),
      month: (day: string) => formatMonth(locale, day),
      instant: (instant: Date) => formatInstant(locale, instant),
      count: (value: number) => formatCount(locale, value),
      percent: (value: number | null | undefined) => formatPercent(locale, value),
      points: (value: number) => formatPoints(locale, value),
      /** Waves carry both names; the interface language picks one. */
      waveName: (wave: { nameEn: string; nameRu: string }) =>
        locale === 'ru' ? wave.nameRu : wave.nameEn,
    }),
    [locale],
  );
}
