import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from './en';
import { initialLocale, locales, setDocumentLanguage } from './locale';
import { ru } from './ru';

const base = polyglotI18nProvider((locale) => (locale === 'en' ? en : ru), initialLocale(), [
  ...locales,
]);

/** Keeps <html lang> in step with the interface language (screen readers depend on it). */
export const i18nProvider: I18nProvider = {
  ...base,
  changeLocale: async (locale, options) => {
    await base.changeLocale(locale, options);
    setDocumentLanguage(locale);
  },
};
