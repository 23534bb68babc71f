import russianMessages from 'ra-language-russian';
import { mergeMessages, unwrapDefault } from './messages';
import { auditLog } from './ru/audit-log';
import { auth } from './ru/auth';
import { chats } from './ru/chats';
import { common } from './ru/common';
import { dashboard } from './ru/dashboard';
import { deadlines } from './ru/deadlines';
import { errors } from './ru/errors';
import { exports } from './ru/exports';
import { imports } from './ru/imports';
import { orgUnits } from './ru/org-units';
import { policies } from './ru/policies';
import { staff } from './ru/staff';
import { users } from './ru/users';
import { waves } from './ru/waves';

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

/** One tree per domain (each holds the resources, cutover, enums and errors keys it owns). */
export const ru = mergeMessages(
  unwrapDefault(russianMessages),
  raSupplement,
  common,
  auth,
  orgUnits,
  staff,
  chats,
  imports,
  waves,
  deadlines,
  users,
  auditLog,
  policies,
  exports,
  // These two files hold their subtree itself: errors.<code>, cutover.dashboard.<key>.
  { errors, cutover: { dashboard } },
);
