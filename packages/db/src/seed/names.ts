import { femaleNames, maleNames, surnames } from './name-lists';
import type { Rng } from './prng';

/** A full official name and the short form used inside other titles (staff chats). */
export interface OfficialName {
  name: string;
  short: string;
}

export function feminineSurname(surname: string): string {
  if (/[сц]кий$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (surname.endsWith('ой')) return `${surname.slice(0, -2)}ая`;
  if (/(ов|ёв|ев|ин|ын)$/.test(surname)) return `${surname}а`;
  return surname;
}

export interface PersonName {
  fullName: string;
  surname: string;
  givenName: string;
  patronymic: string;
}

/** ФИО in the official order: surname, given name, patronymic. */
export function personName(rng: Rng, female: boolean): PersonName {
  const [, fatherStem] = rng.pick(maleNames);
  const givenName = female ? rng.pick(femaleNames) : rng.pick(maleNames)[0];
  const patronymic = `${fatherStem}${female ? 'на' : 'ич'}`;
  const base = rng.pick(surnames);
  const surname = female ? feminineSurname(base) : base;
  return { fullName: `${surname} ${givenName} ${patronymic}`, surname, givenName, patronymic };
}

const latin: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':')),
);

export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped = latin[lower];
    if (mapped === undefined) out += char;
    else if (lower === char || mapped === '') out += mapped;
    else out += mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out.replace(/(i|y)y\b/g, 'y');
}

export type SchoolType =
  | 'secondary'
  | 'basic'
  | 'gymnasium'
  | 'lyceum'
  | 'education_centre'
  | 'secondary_advanced';

/** Urban schools carry a number, rural ones the village they stand in. */
export type SchoolPlace = { number: number } | { village: string };

const schoolTypeWords: Record<SchoolType, readonly [string, string]> = {
  secondary: ['Средняя общеобразовательная школа', 'СОШ'],
  basic: ['Основная общеобразовательная школа', 'ООШ'],
  gymnasium: ['Гимназия', 'Гимназия'],
  lyceum: ['Лицей', 'Лицей'],
  education_centre: ['Центр образования', 'ЦО'],
  secondary_advanced: ['Средняя общеобразовательная школа', 'СОШ'],
};

export function schoolName(legalForm: string, type: SchoolType, place: SchoolPlace): OfficialName {
  const [words, abbreviation] = schoolTypeWords[type];
  const where = 'number' in place ? `№ ${place.number}` : `с. ${place.village}`;
  const advanced = type === 'secondary_advanced';
  const suffix = advanced ? ' с углублённым изучением отдельных предметов' : '';
  return {
    name: `${legalForm} «${words} ${where}${suffix}»`,
    short: `${legalForm} ${abbreviation} ${where}${advanced ? ' с УИОП' : ''}`,
  };
}

export type PreschoolType = 'named' | 'combined' | 'general' | 'plain' | 'development_centre';

export function preschoolName(
  legalForm: string,
  type: PreschoolType,
  number: number,
  nickname: string,
): OfficialName {
  const words: Record<PreschoolType, string> = {
    named: `Детский сад № ${number} «${nickname}»`,
    combined: `Детский сад комбинированного вида № ${number}`,
    general: `Детский сад общеразвивающего вида № ${number}`,
    plain: `Детский сад № ${number}`,
    development_centre: `Центр развития ребёнка — детский сад № ${number}`,
  };
  return { name: `${legalForm} «${words[type]}»`, short: `${legalForm} д/с № ${number}` };
}

export function vocationalName(
  legalForm: string,
  kind: 'college' | 'technical_school',
  placeAdjective: string,
  profile: string,
  number: number | null,
): OfficialName {
  const noun = kind === 'college' ? 'колледж' : 'техникум';
  const numbered = number === null ? '' : ` № ${number}`;
  const name = `${legalForm} «${placeAdjective} ${profile} ${noun}${numbered}»`;
  return { name, short: name };
}

export function otherInstitutionName(legalForm: string, base: string, number: number | null) {
  const name = `${legalForm} «${base}${number === null ? '' : ` № ${number}`}»`;
  return { name, short: name };
}

export type ChatAudience = 'parents' | 'pupils' | 'students';

const audienceWords: Record<ChatAudience, string> = {
  parents: 'родители',
  pupils: 'ученики',
  students: 'студенты',
};

export function classChatTitle(classLabel: string, audience: ChatAudience): string {
  return `${classLabel} — ${audienceWords[audience]}`;
}

export function staffChatTitle(institutionShort: string): string {
  return `Педагогический коллектив ${institutionShort}`;
}
