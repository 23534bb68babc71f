import { isValidKindForLevel, type OrgKind, type OrgLevel } from '@cutover/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from './calendar';
import { type CountryPlan, planCountry, topOrgUnitRows } from './country';
import { innCheckDigit } from './inn';
import { generateRegion } from './region';
import { codesOf } from './region-codes';
import type { OrgUnitRow, RowBatch } from './tables';

const TODAY = parseDay('2026-11-26');
let plan: CountryPlan;
let units: OrgUnitRow[];
let batches: Map<string, RowBatch>;

beforeAll(() => {
  plan = planCountry('demo', 1, TODAY);
  batches = new Map(plan.regions.map((r) => [r.region.iso, generateRegion(plan, r)]));
  units = [...topOrgUnitRows(plan), ...[...batches.values()].flatMap((b) => b.orgUnits)];
});

describe('the demo tree', () => {
  it('has one country, 83 regions, municipalities and about 2,000 institutions', () => {
    const count = (level: string) => units.filter((u) => u[2] === level).length;
    expect(count('country')).toBe(1);
    expect(count('region')).toBe(83);
    expect(count('municipality')).toBeGreaterThan(250);
    expect(count('institution')).toBeGreaterThan(1800);
    expect(count('institution')).toBeLessThan(2300);
    const kinds = new Set(units.filter((u) => u[2] === 'institution').map((u) => u[3]));
    expect([...kinds].sort()).toEqual([
      'college',
      'other',
      'preschool',
      'school',
      'technical_school',
    ]);
  });

  it('keeps paths, depths, levels and kinds consistent', () => {
    const byId = new Map(units.map((u) => [u[0], u]));
    expect(byId.size).toBe(units.length);
    const childLevel: Record<string, string> = {
      region: 'country',
      municipality: 'region',
      institution: 'municipality',
    };
    for (const [id, parentId, level, kind, , , , , path, depth] of units) {
      expect(path[path.length - 1]).toBe(id);
      expect(depth).toBe(path.length - 1);
      expect(isValidKindForLevel(level as OrgLevel, kind as OrgKind)).toBe(true);
      if (parentId === null) {
        expect(level).toBe('country');
        continue;
      }
      const parent = byId.get(parentId);
      expect(parent?.[2]).toBe(childLevel[level]);
      expect(path).toEqual([...(parent?.[8] ?? []), id]);
    }
  });

  it('gives every node a unique, well-formed code', () => {
    const codes = units.map((u) => u[4]);
    expect(new Set(codes).size).toBe(codes.length);
    const regionIso = new Map(units.filter((u) => u[2] === 'region').map((u) => [u[0], u[4]]));
    for (const unit of units) {
      const iso = regionIso.get(unit[8][1] ?? 0) ?? '';
      if (unit[2] === 'municipality') {
        expect(unit[4]).toMatch(/^\d{8}$/);
        expect(unit[4].slice(0, 2)).toBe(codesOf(iso).oktmoPrefix);
      }
      if (unit[2] === 'institution') {
        expect(unit[4]).toMatch(/^\d{10}$/);
        expect(unit[4].slice(0, 2)).toBe(codesOf(iso).innPrefix);
        expect(Number(unit[4].charAt(9))).toBe(innCheckDigit(unit[4].slice(0, 9)));
      }
    }
  });

  it('sizes regions by population', () => {
    const institutionsIn = (iso: string) =>
      batches.get(iso)?.orgUnits.filter((u) => u[2] === 'institution').length ?? 0;
    expect(institutionsIn('RU-MOW')).toBeGreaterThan(5 * institutionsIn('RU-KL'));
    expect(institutionsIn('RU-CHU')).toBeGreaterThanOrEqual(plan.scale.minInstitutions);
  });

  it('names municipalities like «г. Казань» and «… муниципальный район»', () => {
    const tatarstan = batches.get('RU-TA')?.orgUnits.filter((u) => u[2] === 'municipality') ?? [];
    expect(tatarstan[0]?.[5]).toBe('г. Казань');
    expect(tatarstan[0]?.[4]).toBe('92701000');
    for (const unit of tatarstan.slice(1)) {
      expect(unit[5]).toMatch(
        /^(г\. [А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё]+(ий|ый|ой) муниципальный (район|округ))$/,
      );
    }
  });
});
