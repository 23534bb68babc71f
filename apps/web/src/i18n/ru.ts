import russianMessages from 'ra-language-russian';
import { mergeMessages, unwrapDefault } from './messages';
import { admin } from './ru/admin';
import { cutover } from './ru/app';
import { dashboard } from './ru/dashboard';
import { enums } from './ru/enums';
import { errors } from './ru/errors';
import { hierarchy } from './ru/hierarchy';
import { imports } from './ru/imports';
import { policies } from './ru/policies';
import { resources } from './ru/resources';

/** Keys newer than the last ra-language-russian release (5.4.5), and a few rewordings. */
const raSupplement = {
  ra: {
    // Russian names carry their own «» quotes; the pack's extra "" doubled them in titles.
    page: {
      show: '%{name}: %{recordRepresentation}',
      empty: 'В вашей зоне ответственности нет %{name}.',
    },
    guesser: {
      empty: {
        title: 'Нет данных для отображения',
        message: 'Проверьте поставщика данных',
      },
    },
  },
};

export const ru = mergeMessages(
  unwrapDefault(russianMessages),
  raSupplement,
  admin,
  policies,
  hierarchy,
  imports,
  {
    cutover: { ...cutover, dashboard },
    enums,
    errors,
    resources,
  },
);
