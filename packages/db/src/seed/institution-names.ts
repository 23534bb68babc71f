import type { InstitutionKind } from '@cutover/domain';
import type { MunicipalityUnit } from './geography';
import {
  collegeProfiles,
  kindergartenNames,
  otherInstitutionNames,
  technicalSchoolProfiles,
  villageNames,
} from './name-lists';
import {
  type OfficialName,
  otherInstitutionName,
  type PreschoolType,
  preschoolName,
  type SchoolType,
  schoolName,
  vocationalName,
} from './names';
import type { Rng } from './prng';

/** Per municipality: the next free school and preschool numbers and the villages in use. */
export interface Numbering {
  school: number;
  preschool: number;
  villages: Set<string>;
}

export interface GeneratedName {
  official: OfficialName;
  basicSchool: boolean;
}

/** An official name in the patterns of its kind, unique where real names are. */
export function nameFor(
  kind: InstitutionKind,
  rural: boolean,
  municipality: MunicipalityUnit,
  numbering: Numbering,
  vocationalNames: Set<string>,
  rng: Rng,
): GeneratedName {
  if (kind === 'school') {
    const type: SchoolType = rural
      ? rng.weighted([
          ['secondary', 55],
          ['basic', 45],
        ] as const)
      : rng.weighted([
          ['secondary', 68],
          ['gymnasium', 10],
          ['lyceum', 8],
          ['secondary_advanced', 6],
          ['education_centre', 5],
          ['basic', 3],
        ] as const);
    const form = rural
      ? rng.weighted([
          ['МБОУ', 50],
          ['МКОУ', 45],
          ['МАОУ', 5],
        ] as const)
      : rng.weighted([
          ['МБОУ', 70],
          ['МАОУ', 25],
          ['МКОУ', 5],
        ] as const);
    const village = rural ? freeVillage(numbering, rng) : null;
    const place = village ? { village } : { number: nextNumber(numbering, 'school', rng) };
    return { official: schoolName(form, type, place), basicSchool: type === 'basic' };
  }
  if (kind === 'preschool') {
    const type: PreschoolType = rng.weighted([
      ['named', 55],
      ['combined', 15],
      ['plain', 13],
      ['general', 12],
      ['development_centre', 5],
    ] as const);
    const form = rng.weighted([
      ['МБДОУ', 75],
      ['МАДОУ', 20],
      ['МКДОУ', 5],
    ] as const);
    const number = nextNumber(numbering, 'preschool', rng);
    return {
      official: preschoolName(form, type, number, rng.pick(kindergartenNames)),
      basicSchool: false,
    };
  }
  if (kind === 'college' || kind === 'technical_school') {
    const form = rng.weighted([
      ['ГБПОУ', 70],
      ['ГАПОУ', 30],
    ] as const);
    const profiles = kind === 'college' ? collegeProfiles : technicalSchoolProfiles;
    const adjective = municipality.naming.adjective;
    for (let attempt = 0; ; attempt++) {
      const number = attempt < 8 ? null : attempt - 6;
      const official = vocationalName(form, kind, adjective, rng.pick(profiles), number);
      if (vocationalNames.has(official.name)) continue;
      vocationalNames.add(official.name);
      return { official, basicSchool: false };
    }
  }
  const form = rng.weighted([
    ['МБУ ДО', 80],
    ['МАУ ДО', 20],
  ] as const);
  const number = rng.chance(0.5) ? rng.int(1, 9) : null;
  return {
    official: otherInstitutionName(form, rng.pick(otherInstitutionNames), number),
    basicSchool: false,
  };
}

function nextNumber(numbering: Numbering, key: 'school' | 'preschool', rng: Rng): number {
  const number = numbering[key];
  // Numbers have gaps where schools closed or merged.
  numbering[key] = number + 1 + (rng.chance(0.3) ? rng.int(1, 3) : 0);
  return number;
}

function freeVillage(numbering: Numbering, rng: Rng): string | null {
  for (let attempt = 0; attempt < 12; attempt++) {
    const village = rng.pick(villageNames);
    if (numbering.villages.has(village)) continue;
    numbering.villages.add(village);
    return village;
  }
  return null;
}
