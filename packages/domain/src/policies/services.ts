import type { Localized } from './errors';

/** Education services that must keep working through the switch (data/NAMING.md). */
export const educationServiceIds = [
  'my_school',
  'e_journal',
  'e_diary',
  'sferum_video_lessons',
  'gosuslugi_sign_in',
] as const;
export type EducationServiceId = (typeof educationServiceIds)[number];

export const educationServiceLabels = {
  my_school: { en: '“My School” federal platform', ru: 'Федеральная платформа «Моя школа»' },
  e_journal: { en: 'Regional electronic journals', ru: 'Региональные электронные журналы' },
  e_diary: {
    en: 'Electronic diaries (e.g. Dnevnik.ru)',
    ru: 'Электронные дневники (например, «Дневник.ру»)',
  },
  sferum_video_lessons: {
    en: 'Sferum classes and video lessons',
    ru: 'Классы и видеоуроки «Сферума»',
  },
  gosuslugi_sign_in: {
    en: 'Sign-in through the public services portal (Gosuslugi)',
    ru: 'Вход через портал Госуслуг',
  },
} as const satisfies Record<EducationServiceId, Localized>;
