import type { WaveCode } from '@cutover/domain';
import { addAuthorityNode, ministryHeadcount, municipalHeadcount } from './authority-nodes';
import type { CountryPlan } from './country';
import { regionAuthority } from './country';
import { jitterCurve } from './curves';
import { generateMunicipalities, type MunicipalityUnit } from './geography';
import { addInstitution } from './institution-data';
import { generateInstitutions, type InstitutionUnit } from './institutions';
import { type Rng, rngFor } from './prng';
import { COUNTRY_ID, type RegionPlan } from './regions';
import { municipalityCurves, municipalityJitter, regionPlansOf, stallPoint } from './rollout';
import { emptyBatch, type RowBatch } from './tables';

/** All rows below one region node (the node itself is written with the country's top). */
export function generateRegion(plan: CountryPlan, regionPlan: RegionPlan): RowBatch {
  const { region } = regionPlan;
  const batch = emptyBatch();
  const municipalities = generateMunicipalities(regionPlan, plan.seed);
  const institutions = generateInstitutions(regionPlan, municipalities, plan.seed);
  const stallRng = rngFor(plan.seed, 'stalls', region.iso);
  const stalls = stalledMunicipalities(plan, region.iso, municipalities, stallRng);
  const slug = region.iso.slice(3).toLowerCase();

  const ministryPlan = regionPlansOf(plan.story, region.iso).ministry_staff;
  const ministryCurve = jitterCurve(ministryPlan.curve, municipalityJitter, null, stallRng);
  if (plan.story.overdueRegions.ministry_staff.has(region.iso)) {
    ministryCurve.stallAfter = stallPoint(ministryCurve, stallRng);
  }
  addAuthorityNode(
    plan,
    {
      id: regionPlan.id,
      code: region.iso,
      emailDomain: `edu.${slug}.gov.ru`,
      wave: 'ministry_staff',
      role: 'ministry_officer',
      headcount: ministryHeadcount(region.populationK),
      curve: ministryCurve,
    },
    batch,
  );

  const byMunicipality = new Map<number, InstitutionUnit[]>();
  for (const unit of institutions) {
    const list = byMunicipality.get(unit.municipality.id) ?? [];
    list.push(unit);
    byMunicipality.set(unit.municipality.id, list);
  }
  for (const municipality of municipalities) {
    const rng = rngFor(plan.seed, 'municipality', municipality.id);
    const curves = municipalityCurves(
      plan.story,
      region.iso,
      stalls.get(municipality.id) ?? new Set(),
      rng,
    );
    batch.orgUnits.push([
      municipality.id,
      regionPlan.id,
      'municipality',
      'municipality',
      municipality.code,
      municipality.name,
      municipality.nameEn,
      municipality.authorityName,
      [COUNTRY_ID, regionPlan.id, municipality.id],
      2,
      municipality.latitude,
      municipality.longitude,
      municipality.populationK,
      municipality.validFrom,
    ]);
    addAuthorityNode(
      plan,
      {
        id: municipality.id,
        code: municipality.code,
        emailDomain: `uo${municipality.code.slice(2, 5)}.${slug}.gov.ru`,
        wave: 'municipal_authorities',
        role: 'municipal_officer',
        headcount: municipalHeadcount(municipality.populationK, rng),
        curve: curves.municipal_authorities,
      },
      batch,
    );
    for (const unit of byMunicipality.get(municipality.id) ?? []) {
      const vocational = unit.kind === 'college' || unit.kind === 'technical_school';
      batch.orgUnits.push([
        unit.id,
        municipality.id,
        'institution',
        unit.kind,
        unit.code,
        unit.name.name,
        null,
        // Colleges are run by the region, everything else by the municipality.
        vocational ? regionAuthority(plan, regionPlan) : municipality.authorityName,
        [COUNTRY_ID, regionPlan.id, municipality.id, unit.id],
        3,
        unit.latitude,
        unit.longitude,
        null,
        unit.validFrom,
      ]);
      addInstitution(plan, region.iso, unit, curves, batch);
    }
  }
  return batch;
}

/** In a region left overdue in a finished wave, one or two municipalities stall in it. */
function stalledMunicipalities(
  plan: CountryPlan,
  iso: string,
  municipalities: readonly MunicipalityUnit[],
  rng: Rng,
): Map<number, Set<WaveCode>> {
  const stalls = new Map<number, Set<WaveCode>>();
  const stall = (code: WaveCode, candidates: readonly MunicipalityUnit[]) => {
    for (const m of rng.shuffle(candidates).slice(0, rng.int(1, 2))) {
      const set = stalls.get(m.id) ?? new Set<WaveCode>();
      set.add(code);
      stalls.set(m.id, set);
    }
  };
  // The capital never stalls in school chats: the region's own showcase finishes.
  const outsideCapital = municipalities.length > 1 ? municipalities.slice(1) : municipalities;
  if (plan.story.overdueRegions.school_chats.has(iso)) stall('school_chats', outsideCapital);
  if (plan.story.overdueRegions.municipal_authorities.has(iso)) {
    stall('municipal_authorities', municipalities);
  }
  return stalls;
}
