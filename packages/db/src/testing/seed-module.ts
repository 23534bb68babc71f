import type { Database, Db } from '../client';

/** The seed API (packages/db/src/seed), loaded lazily so unit tests never pay for it. */
export interface SeedModule {
  seedDemo(database: Database, options: { log?: (line: string) => void }): Promise<unknown>;
  isSeeded(db: Db): Promise<boolean>;
}

// A variable specifier keeps the type-check green while the seed module is still being written.
const seedModulePath = '../seed/index';

export async function loadSeedModule(): Promise<SeedModule> {
  return (await import(/* @vite-ignore */ seedModulePath)) as SeedModule;
}
