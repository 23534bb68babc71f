import englishMessages from 'ra-language-english';
import { admin } from './en/admin';
import { cutover } from './en/app';
import { dashboard } from './en/dashboard';
import { enums } from './en/enums';
import { errors } from './en/errors';
import { hierarchy } from './en/hierarchy';
import { imports } from './en/imports';
import { policies } from './en/policies';
import { resources } from './en/resources';
import { mergeMessages } from './messages';

/** A key ra-language-russian has and ra-language-english lacks, and a rewording. */
const raSupplement = {
  ra: {
    navigation: { prev: 'Previous' },
    // Lists show only the user's subtree, so an empty list says where nothing was found.
    page: { empty: 'No %{name} in your scope.' },
  },
};

export const en = mergeMessages(
  englishMessages,
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
