import englishMessages from 'ra-language-english';
import { auditLog } from './en/audit-log';
import { auth } from './en/auth';
import { chats } from './en/chats';
import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { deadlines } from './en/deadlines';
import { errors } from './en/errors';
import { exports } from './en/exports';
import { imports } from './en/imports';
import { orgUnits } from './en/org-units';
import { policies } from './en/policies';
import { staff } from './en/staff';
import { users } from './en/users';
import { waves } from './en/waves';
import { mergeMessages } from './messages';

/** A key ra-language-russian has and ra-language-english lacks, and a rewording. */
const raSupplement = {
  ra: {
    navigation: { prev: 'Previous' },
    // Lists show only the user's subtree, so an empty list says where nothing was found.
    page: { empty: 'No %{name} in your scope.' },
  },
};

/** One tree per domain (each holds the resources, cutover, enums and errors keys it owns). */
export const en = mergeMessages(
  englishMessages,
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
