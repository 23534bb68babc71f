import { isoToday } from '@cutover/domain';
import type { Database } from '../client';

/** The seed API, loaded lazily so test files that never seed never load it. */
export async function seedDemoCountry(database: Database, today: string): Promise<void> {
  const { seedDemo } = await import('../seed/index');
  await seedDemo(database, { today });
}

/** The server seeds its story around the real date (UTC), and so do the tests. */
export const utcToday = (): string => isoToday();
