import {
  type MunicipalityForm,
  type MunicipalityNaming,
  municipalAuthorityName,
  municipalityName,
} from './authority-names';
import { placePrefixes, placeRoots, standaloneDistrictAdjectives } from './name-lists';
import { transliterate } from './names';
import { type Rng, rngFor } from './prng';
import { codesOf } from './region-codes';
import type { RegionPlan, RegionRecord } from './regions';

export interface MunicipalityUnit {
  id: number;
  code: string;
  naming: MunicipalityNaming;
  name: string;
  nameEn: string;
  authorityName: string;
  latitude: number;
  longitude: number;
  populationK: number;
  /** Relative share of the region's institutions. */
  weight: number;
  urban: boolean;
  validFrom: string;
}

const cityGroups = ['7', '8'];

/** The digit after the region prefix by OKTMO's kind of municipality; the capital is x701. */
const codeGroups: Record<MunicipalityForm, readonly string[]> = {
  capital_city: cityGroups,
  city_okrug: cityGroups,
  municipal_district: ['6', '4'],
  municipal_okrug: ['5', '2'],
  intra_city: ['3', '4', '2'],
};

export function generateMunicipalities(plan: RegionPlan, seed: number): MunicipalityUnit[] {
  const { region } = plan;
  const rng = rngFor(seed, 'municipalities', region.iso);
  const codes = codesOf(region.iso);
  const federalCity = region.kind === 'federal_city';
  const usedAdjectives = new Set([codes.capitalAdjective]);
  const used = new Map<readonly string[], number>();
  const units: MunicipalityUnit[] = [];
  for (let i = 0; i < plan.municipalityCount; i++) {
    const form: MunicipalityForm = federalCity
      ? 'intra_city'
      : i === 0
        ? 'capital_city'
        : rng.weighted([
            ['city_okrug', 15],
            ['municipal_district', 55],
            ['municipal_okrug', 30],
          ] as const);
    const naming = nameMunicipality(form, region, codes.capitalAdjective, codes.capitalGenitive);
    if (form !== 'capital_city') {
      const [adjective, town] = uniquePlace(rng, usedAdjectives, form !== 'city_okrug');
      naming.adjective = adjective;
      naming.town = town;
      naming.townGenitive = `${town}а`;
    }
    const groups = codeGroups[form];
    const ordinal = used.get(groups) ?? 0;
    used.set(groups, ordinal + 1);
    const group = groups[Math.floor(ordinal / 99)] ?? '9';
    const code = `${codes.oktmoPrefix}${group}${String((ordinal % 99) + 1).padStart(2, '0')}000`;
    const spread = federalCity ? 0.15 : form === 'capital_city' ? 0 : 1.6;
    const weight = weightOf(form, plan.municipalityCount, rng);
    units.push({
      id: plan.firstChildId + i,
      code,
      naming,
      name: municipalityName(naming),
      nameEn: englishName(naming, region),
      authorityName: municipalAuthorityName(naming, region.iso, rng),
      latitude: round(region.latitude + rng.between(-spread, spread), 4),
      longitude: round(region.longitude + rng.between(-spread, spread) * 1.6, 4),
      populationK: 0,
      weight,
      urban: form !== 'municipal_district' && form !== 'municipal_okrug',
      validFrom: form === 'municipal_okrug' ? `${rng.int(2019, 2025)}-01-01` : '2006-01-01',
    });
  }
  const totalWeight = units.reduce((sum, u) => sum + u.weight, 0);
  for (const unit of units) {
    unit.populationK = Math.max(1, Math.round((region.populationK * unit.weight) / totalWeight));
  }
  return units;
}

function nameMunicipality(
  form: MunicipalityForm,
  region: RegionRecord,
  capitalAdjective: string,
  capitalGenitive: string,
): MunicipalityNaming {
  return {
    form,
    town: region.capitalRu,
    townGenitive: capitalGenitive,
    adjective: capitalAdjective,
  };
}

/** A district adjective (and the town it would come from) not yet used in the region. */
function uniquePlace(rng: Rng, used: Set<string>, allowStandalone: boolean): [string, string] {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (allowStandalone && rng.chance(0.15)) {
      const adjective = rng.pick(standaloneDistrictAdjectives);
      if (used.has(adjective)) continue;
      used.add(adjective);
      return [adjective, `${adjective.slice(0, -2)}ск`];
    }
    const prefix = rng.pick(placePrefixes);
    const root = rng.pick(placeRoots);
    // «Нижне» + «елов» reads badly; real names avoid the doubled vowel.
    if (prefix !== '' && prefix.endsWith(root.charAt(0))) continue;
    const stem = prefix === '' ? root.charAt(0).toUpperCase() + root.slice(1) : prefix + root;
    const adjective = `${stem}ский`;
    if (used.has(adjective)) continue;
    used.add(adjective);
    return [adjective, `${stem}ск`];
  }
  throw new Error('ran out of municipality names');
}

/** The capital holds a quarter to a half of a region's institutions, whatever its size. */
function weightOf(form: MunicipalityForm, municipalityCount: number, rng: Rng): number {
  switch (form) {
    case 'capital_city':
      return 1 + (municipalityCount - 1) * rng.between(0.3, 0.6);
    case 'city_okrug':
      return rng.between(1, 2.2);
    case 'intra_city':
      return rng.between(0.6, 1.4);
    default:
      return rng.between(0.5, 1.4);
  }
}

function englishName(naming: MunicipalityNaming, region: RegionRecord): string {
  if (naming.form === 'capital_city') return region.capitalEn;
  if (naming.form === 'city_okrug') return transliterate(naming.town);
  const adjective = transliterate(naming.adjective);
  if (naming.form === 'municipal_district') return `${adjective} Municipal District`;
  if (naming.form === 'municipal_okrug') return `${adjective} Municipal Okrug`;
  return `${adjective} Intra-city Okrug`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
