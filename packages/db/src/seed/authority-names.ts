import type { Rng } from './prng';

/** The genitive of a region's official name, as it follows «Министерство образования …». */
export function regionGenitive(nameRu: string): string {
  if (nameRu === 'Москва') return 'города Москвы';
  if (nameRu === 'Санкт-Петербург') return 'Санкт-Петербурга';
  // «Республика Адыгея» → «Республики Адыгея»: the proper name after it stays nominative.
  if (nameRu.startsWith('Республика ')) return `Республики ${nameRu.slice('Республика '.length)}`;
  const [head = '', tail] = nameRu.split(' — ');
  const declined = head.split(' ').map(genitiveWord).join(' ');
  return tail === undefined ? declined : `${declined} — ${genitiveNoun(tail)}`;
}

function genitiveWord(word: string): string {
  const nouns: Record<string, string> = {
    Республика: 'Республики',
    край: 'края',
    область: 'области',
    округ: 'округа',
  };
  const noun = nouns[word];
  if (noun) return noun;
  if (word.endsWith('ая')) return `${word.slice(0, -2)}ой`;
  return adjectiveGenitive(word);
}

function genitiveNoun(word: string): string {
  return word.endsWith('а') ? `${word.slice(0, -1)}ы` : `${word}а`;
}

/** «Зеленодольский» → «Зеленодольского»; «Луговой» → «Лугового». */
export function adjectiveGenitive(adjective: string): string {
  if (/(ий|ый|ой)$/.test(adjective)) return `${adjective.slice(0, -2)}ого`;
  return adjective;
}

export function regionAuthorityName(iso: string, nameRu: string, rng: Rng): string {
  if (iso === 'RU-MOW') return 'Департамент образования и науки города Москвы';
  if (iso === 'RU-SPE') return 'Комитет по образованию Санкт-Петербурга';
  const genitive = regionGenitive(nameRu);
  if (iso === 'RU-TA') return `Министерство образования и науки ${genitive}`;
  const body = rng.weighted([
    ['Министерство образования', 45],
    ['Министерство образования и науки', 25],
    ['Департамент образования', 10],
    ['Департамент образования и науки', 8],
    ['Министерство просвещения', 5],
    ['Комитет образования', 4],
    ['Управление образования и науки', 3],
  ] as const);
  return `${body} ${genitive}`;
}

export type MunicipalityForm =
  | 'capital_city'
  | 'city_okrug'
  | 'municipal_district'
  | 'municipal_okrug'
  | 'intra_city';

export interface MunicipalityNaming {
  form: MunicipalityForm;
  /** Nominative and genitive of the town, for the city forms. */
  town: string;
  townGenitive: string;
  /** The place adjective: «Зеленодольский»; for cities the town's own adjective. */
  adjective: string;
}

export function municipalityName(m: MunicipalityNaming): string {
  switch (m.form) {
    case 'capital_city':
    case 'city_okrug':
      return `г. ${m.town}`;
    case 'municipal_district':
      return `${m.adjective} муниципальный район`;
    case 'municipal_okrug':
      return `${m.adjective} муниципальный округ`;
    case 'intra_city':
      return `муниципальный округ ${m.adjective}`;
  }
}

function municipalityGenitive(m: MunicipalityNaming): string {
  switch (m.form) {
    case 'capital_city':
    case 'city_okrug':
      return `г. ${m.townGenitive}`;
    case 'municipal_district':
      return `${adjectiveGenitive(m.adjective)} муниципального района`;
    case 'municipal_okrug':
      return `${adjectiveGenitive(m.adjective)} муниципального округа`;
    case 'intra_city':
      return `муниципального округа ${m.adjective}`;
  }
}

export function municipalAuthorityName(m: MunicipalityNaming, regionIso: string, rng: Rng) {
  const where = municipalityGenitive(m);
  // Tatarstan's municipalities are run by executive committees, not administrations.
  if (regionIso === 'RU-TA') return `Управление образования Исполнительного комитета ${where}`;
  const city = m.form === 'capital_city' || m.form === 'city_okrug';
  const body = city
    ? rng.weighted([
        ['Управление образования администрации', 50],
        ['Департамент образования администрации', 20],
        ['Комитет по образованию администрации', 20],
        ['Управление образования', 10],
      ] as const)
    : rng.weighted([
        ['Отдел образования администрации', 45],
        ['Управление образования администрации', 40],
        ['Комитет по образованию администрации', 15],
      ] as const);
  return `${body} ${where}`;
}
