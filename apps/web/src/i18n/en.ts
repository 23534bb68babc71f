import englishMessages from 'ra-language-english';
import { cutover } from './en/app';
import { enums } from './en/enums';
import { errors } from './en/errors';
import { resources } from './en/resources';
import { mergeMessages } from './messages';

/** Keys that ra-language-russian has and ra-language-english lacks, so both stay alike. */
const raSupplement = { ra: { navigation: { prev: 'Previous' } } };

export const en = mergeMessages(englishMessages, raSupplement, {
  cutover,
  enums,
  errors,
  resources,
});
