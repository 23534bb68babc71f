import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import { type CountryPlan, deadlineRows, topOrgUnitRows, waveRows } from './country';
import { countRowsSql, HAS_DATA_SQL, IS_SEEDED_SQL, seededTables } from './finish';
import type { SeedReport } from './options';
import { generateRegion } from './region';
import { batchTables, deadlineTable, waveTable } from './tables';
import { batchRowCount, type RowWriter, writeBatch } from './write';

export interface RegionProgress {
  regionsDone: number;
  regionsTotal: number;
  region: string;
  rows: number;
}

/**
 * Writes the country: its top (country, regions, waves), then region by region, generating
 * the next region while the previous one is being written, then the deadlines.
 */
export async function writeCountry(
  writer: RowWriter,
  plan: CountryPlan,
  onRegion?: (progress: RegionProgress) => void,
): Promise<void> {
  await writer.write(batchTables.orgUnits, topOrgUnitRows(plan));
  await writer.write(waveTable, waveRows(plan));
  let rows = 0;
  let writing: Promise<void> = Promise.resolve();
  for (const [index, regionPlan] of plan.regions.entries()) {
    const batch = generateRegion(plan, regionPlan);
    await writing;
    writing = writeBatch(writer, batch).then(() => {
      rows += batchRowCount(batch);
      const region = regionPlan.region.iso;
      onRegion?.({ regionsDone: index + 1, regionsTotal: plan.regions.length, region, rows });
    });
  }
  await writing;
  await writer.write(deadlineTable, deadlineRows(plan));
}

/** Rows of a raw SQL text; only the seed's own constant queries come through here. */
export function queryText(executor: Executor, text: string): Promise<Record<string, unknown>[]> {
  return queryRows<Record<string, unknown>>(executor, sql.raw(text));
}

async function flag(executor: Executor, text: string): Promise<boolean> {
  const [row] = await queryText(executor, text);
  return Object.values(row ?? {})[0] === true;
}

/** True once the demo country exists; the server seeds only when this is false. */
export function isSeeded(db: Executor): Promise<boolean> {
  return flag(db, IS_SEEDED_SQL);
}

export function hasData(db: Executor): Promise<boolean> {
  return flag(db, HAS_DATA_SQL);
}

export function parseCounts(row: Record<string, unknown> | undefined): SeedReport['counts'] {
  const count = (key: string) => Number(row?.[key] ?? 0);
  return Object.fromEntries(
    seededTables.map((table) => [table, count(table)]),
  ) as SeedReport['counts'];
}

export async function countRows(db: Executor): Promise<SeedReport['counts']> {
  const [row] = await queryText(db, countRowsSql);
  return parseCounts(row);
}
