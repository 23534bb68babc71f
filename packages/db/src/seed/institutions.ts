import type { InstitutionKind } from '@cutover/domain';
import { type ClassGroup, classGroupsOf } from './class-groups';
import type { MunicipalityUnit } from './geography';
import { institutionInn } from './inn';
import { type Numbering, nameFor } from './institution-names';
import type { OfficialName } from './names';
import { type Rng, rngFor } from './prng';
import { codesOf } from './region-codes';
import type { RegionPlan } from './regions';

export interface InstitutionUnit {
  id: number;
  municipality: MunicipalityUnit;
  kind: InstitutionKind;
  code: string;
  name: OfficialName;
  /** Pupils, preschool children or students. */
  learners: number;
  groups: ClassGroup[];
  latitude: number;
  longitude: number;
  validFrom: string;
  emailDomain: string;
}

export function generateInstitutions(
  plan: RegionPlan,
  municipalities: readonly MunicipalityUnit[],
  seed: number,
): InstitutionUnit[] {
  const rng = rngFor(seed, 'institutions', plan.region.iso);
  const codes = codesOf(plan.region.iso);
  const slug = plan.region.iso.slice(3).toLowerCase();
  const vocationalNames = new Set<string>();
  const counts = allocate(plan.institutionCount, municipalities, rng);
  const units: InstitutionUnit[] = [];
  let nextId = plan.firstChildId + municipalities.length;
  municipalities.forEach((municipality, municipalityIndex) => {
    const numbering: Numbering = { school: 1, preschool: 1, villages: new Set() };
    for (let slot = 0; slot < (counts[municipalityIndex] ?? 0); slot++) {
      const kind = kindFor(municipality, municipalityIndex, slot, rng);
      const ordinal = units.length;
      const code = institutionInn(codes.innPrefix, 1 + (municipalityIndex % 40), ordinal);
      const rural = !municipality.urban && kind !== 'college' && rng.chance(0.7);
      const name = nameFor(kind, rural, municipality, numbering, vocationalNames, rng);
      const learners = learnersFor(kind, rural, rng);
      const spread = rural ? 0.35 : 0.06;
      units.push({
        id: nextId++,
        municipality,
        kind,
        code,
        name: name.official,
        learners,
        groups: classGroupsOf(kind, learners, name.basicSchool, rng),
        latitude: Math.round((municipality.latitude + rng.between(-spread, spread)) * 1e4) / 1e4,
        longitude: Math.round((municipality.longitude + rng.between(-spread, spread)) * 1e4) / 1e4,
        validFrom: `${rng.int(1992, 2023)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
        emailDomain: `${domainPrefix[kind]}${code.slice(4, 9)}.${slug}.edu.ru`,
      });
    }
  });
  return units;
}

const domainPrefix: Record<InstitutionKind, string> = {
  school: 'sch',
  preschool: 'ds',
  college: 'college',
  technical_school: 'tech',
  other: 'cdo',
};

/** Every municipality gets at least one institution; the rest follow the weights. */
function allocate(total: number, municipalities: readonly MunicipalityUnit[], rng: Rng): number[] {
  const counts = municipalities.map(() => 1);
  const totalWeight = municipalities.reduce((sum, m) => sum + m.weight, 0);
  for (let i = municipalities.length; i < total; i++) {
    let target = rng.next() * totalWeight;
    let index = 0;
    for (; index < municipalities.length - 1; index++) {
      target -= municipalities[index]?.weight ?? 0;
      if (target < 0) break;
    }
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function kindFor(m: MunicipalityUnit, index: number, slot: number, rng: Rng): InstitutionKind {
  if (slot === 0) return 'school';
  // The region's main town always has a college, so every region takes part in every wave.
  if (index === 0 && slot === 1) return 'college';
  return m.urban
    ? rng.weighted([
        ['school', 44],
        ['preschool', 46],
        ['college', 2],
        ['technical_school', 1.5],
        ['other', 4.5],
      ] as const)
    : rng.weighted([
        ['school', 50],
        ['preschool', 44],
        ['college', 0.8],
        ['technical_school', 2.2],
        ['other', 3],
      ] as const);
}

function learnersFor(kind: InstitutionKind, rural: boolean, rng: Rng): number {
  const u = rng.next();
  switch (kind) {
    case 'school':
      return Math.round(rural ? 25 + 250 * u ** 1.5 : 250 + 800 * u ** 1.8);
    case 'preschool':
      return Math.round(rural ? 20 + 90 * u : 70 + 220 * u ** 1.3);
    case 'college':
      return Math.round(500 + 1500 * u ** 1.2);
    case 'technical_school':
      return Math.round(300 + 800 * u);
    case 'other':
      return 0;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
