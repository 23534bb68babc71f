import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/**
 * Message arguments for a number: `smart_count` picks the plural form, `count` is the number
 * written the interface language's way (60,000 / 60 000).
 */
export function useCounted() {
  const [locale] = useLocaleState();
  return useCallback(
    (value: number) => ({ smart_count: value, count: new Intl.NumberFormat(locale).format(value) }),
    [locale],
  );
}

export function useNumber() {
  const [locale] = useLocaleState();
  return useCallback((value: number) => new Intl.NumberFormat(locale).format(value), [locale]);
}
