import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ScaleConfig } from './scales';

export interface RegionRecord {
  iso: string;
  nameEn: string;
  nameRu: string;
  kind: string;
  capitalEn: string;
  capitalRu: string;
  latitude: number;
  longitude: number;
  populationK: number;
}

const regionsCsv = new URL('../../../../data/regions.csv', import.meta.url);

export function loadRegions(): RegionRecord[] {
  const records: Record<string, string>[] = parse(readFileSync(regionsCsv, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((r) => ({
    iso: r.iso_code ?? '',
    nameEn: r.name_en ?? '',
    nameRu: r.name_ru ?? '',
    kind: r.kind ?? '',
    capitalEn: r.capital_en ?? '',
    capitalRu: r.capital_ru ?? '',
    latitude: Number(r.capital_lat),
    longitude: Number(r.capital_lon),
    populationK: Number(r.population_k),
  }));
}

/** A region with its share of the country and the block of ids its subtree will use. */
export interface RegionPlan {
  region: RegionRecord;
  id: number;
  municipalityCount: number;
  institutionCount: number;
  /** Municipalities take ids from here on, then the region's institutions. */
  firstChildId: number;
}

export const COUNTRY_ID = 1;

/** Counts in proportion to population; ids are fixed up front so any region generates alone. */
export function planRegions(regions: readonly RegionRecord[], scale: ScaleConfig): RegionPlan[] {
  const totalK = regions.reduce((sum, r) => sum + r.populationK, 0);
  let nextId = COUNTRY_ID + regions.length + 1;
  return regions.map((region, index) => {
    const share = region.populationK / totalK;
    const institutionCount = Math.max(
      scale.minInstitutions,
      Math.round(share * scale.institutions),
    );
    const municipalityCount = Math.min(
      Math.max(scale.minMunicipalities, Math.round(share * scale.municipalities)),
      Math.floor(institutionCount / 2),
    );
    const plan = { region, id: COUNTRY_ID + 1 + index, municipalityCount, institutionCount };
    const firstChildId = nextId;
    nextId += municipalityCount + institutionCount;
    return { ...plan, firstChildId };
  });
}
