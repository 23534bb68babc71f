import { describe, expect, it } from 'vitest';
import {
  adjectiveGenitive,
  municipalAuthorityName,
  regionAuthorityName,
  regionGenitive,
} from './authority-names';
import { innCheckDigit, institutionInn } from './inn';
import {
  classChatTitle,
  feminineSurname,
  personName,
  preschoolName,
  schoolName,
  staffChatTitle,
  transliterate,
  vocationalName,
} from './names';
import { Rng } from './prng';
import { regionCodes } from './region-codes';
import { loadRegions } from './regions';

describe('institution names', () => {
  it('follow the official patterns', () => {
    expect(schoolName('МБОУ', 'secondary', { number: 12 }).name).toBe(
      'МБОУ «Средняя общеобразовательная школа № 12»',
    );
    expect(schoolName('МАОУ', 'gymnasium', { number: 3 }).name).toBe('МАОУ «Гимназия № 3»');
    expect(schoolName('МКОУ', 'basic', { village: 'Никольское' }).name).toBe(
      'МКОУ «Основная общеобразовательная школа с. Никольское»',
    );
    expect(preschoolName('МБДОУ', 'named', 45, 'Солнышко').name).toBe(
      'МБДОУ «Детский сад № 45 «Солнышко»»',
    );
    expect(preschoolName('МАДОУ', 'combined', 12, 'Ромашка').name).toBe(
      'МАДОУ «Детский сад комбинированного вида № 12»',
    );
    expect(vocationalName('ГБПОУ', 'college', 'Казанский', 'педагогический', null).name).toBe(
      'ГБПОУ «Казанский педагогический колледж»',
    );
    expect(
      vocationalName('ГАПОУ', 'technical_school', 'Альметьевский', 'политехнический', null).name,
    ).toBe('ГАПОУ «Альметьевский политехнический техникум»');
  });

  it('name chats by class and staff chats by institution', () => {
    expect(classChatTitle('7Б', 'parents')).toBe('7Б — родители');
    expect(classChatTitle('7Б', 'pupils')).toBe('7Б — ученики');
    const short = schoolName('МБОУ', 'secondary', { number: 12 }).short;
    expect(staffChatTitle(short)).toBe('Педагогический коллектив МБОУ СОШ № 12');
  });
});

describe('person names', () => {
  it('are surname, given name and patronymic agreeing in gender', () => {
    const rng = new Rng(11);
    for (let i = 0; i < 200; i++) {
      const female = rng.chance(0.5);
      const { fullName } = personName(rng, female);
      const parts = fullName.split(' ');
      expect(parts).toHaveLength(3);
      expect(parts[2]).toMatch(female ? /(вна|чна|ична)$/ : /(вич|ич)$/);
    }
  });

  it('derive feminine surnames', () => {
    expect(feminineSurname('Иванов')).toBe('Иванова');
    expect(feminineSurname('Островский')).toBe('Островская');
    expect(feminineSurname('Толстой')).toBe('Толстая');
    expect(feminineSurname('Шевченко')).toBe('Шевченко');
    expect(feminineSurname('Черных')).toBe('Черных');
  });

  it('transliterate for e-mail addresses', () => {
    expect(transliterate('Щербаков')).toBe('Shcherbakov');
    expect(transliterate('Зеленодольский')).toBe('Zelenodolsky');
  });
});

describe('authority names', () => {
  it('decline every region name after «Министерство образования»', () => {
    expect(regionGenitive('Республика Татарстан')).toBe('Республики Татарстан');
    expect(regionGenitive('Удмуртская Республика')).toBe('Удмуртской Республики');
    expect(regionGenitive('Алтайский край')).toBe('Алтайского края');
    expect(regionGenitive('Кемеровская область — Кузбасс')).toBe('Кемеровской области — Кузбасса');
    expect(regionGenitive('Ханты-Мансийский автономный округ — Югра')).toBe(
      'Ханты-Мансийского автономного округа — Югры',
    );
    expect(regionGenitive('Еврейская автономная область')).toBe('Еврейской автономной области');
    expect(regionGenitive('Москва')).toBe('города Москвы');
    for (const region of loadRegions()) {
      expect(regionGenitive(region.nameRu)).not.toBe(region.nameRu);
    }
  });

  it('name the ministries and municipal offices', () => {
    expect(regionAuthorityName('RU-TA', 'Республика Татарстан', new Rng(1))).toBe(
      'Министерство образования и науки Республики Татарстан',
    );
    expect(regionAuthorityName('RU-VLA', 'Владимирская область', new Rng(1))).toMatch(
      /^(Министерство|Департамент|Комитет|Управление) .+ Владимирской области$/,
    );
    const kazan = {
      form: 'capital_city',
      town: 'Казань',
      townGenitive: 'Казани',
      adjective: 'Казанский',
    } as const;
    expect(municipalAuthorityName(kazan, 'RU-TA', new Rng(1))).toBe(
      'Управление образования Исполнительного комитета г. Казани',
    );
    const district = {
      form: 'municipal_district',
      town: '',
      townGenitive: '',
      adjective: 'Зеленодольский',
    } as const;
    expect(municipalAuthorityName(district, 'RU-VLA', new Rng(2))).toMatch(
      /администрации Зеленодольского муниципального района$/,
    );
    expect(adjectiveGenitive('Луговой')).toBe('Лугового');
  });
});

describe('codes', () => {
  it('cover every region with distinct OKTMO and INN prefixes', () => {
    const regions = loadRegions();
    expect(regions).toHaveLength(83);
    for (const region of regions) expect(regionCodes.has(region.iso)).toBe(true);
    const oktmo = [...regionCodes.values()].map((c) => c.oktmoPrefix);
    const inn = [...regionCodes.values()].map((c) => c.innPrefix);
    expect(new Set(oktmo).size).toBe(83);
    expect(new Set(inn).size).toBe(83);
    expect(regionCodes.get('RU-TA')?.oktmoPrefix).toBe('92');
  });

  it('make INNs with a valid check digit', () => {
    expect(innCheckDigit('770708389')).toBe(3); // 7707083893, a well-known real INN
    const inn = institutionInn('16', 1, 42);
    expect(inn).toMatch(/^1601\d{6}$/);
    expect(Number(inn.charAt(9))).toBe(innCheckDigit(inn.slice(0, 9)));
  });
});
