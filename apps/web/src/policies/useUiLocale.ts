import { type PolicyKey, policyCatalog } from '@cutover/domain';
import { useLocaleState } from 'react-admin';
import type { UiLocale } from './format';

/** The interface language as one of the two the catalog is written in. */
export function useUiLocale(): UiLocale {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'ru';
}

export function policyLabel(key: PolicyKey, locale: UiLocale): string {
  return policyCatalog[key].label[locale];
}

export function policyDescription(key: PolicyKey, locale: UiLocale): string {
  return policyCatalog[key].description[locale];
}
