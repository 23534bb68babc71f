import type { Database } from '../client';

/** The seed API, loaded lazily so test files that never seed never load it. */
export async function seedDemoCountry(database: Database, today: string): Promise<void> {
  const { seedDemo } = await import('../seed/index');
  await seedDemo(database, { today });
}

/** Today in UTC: the server seeds its story around the real date, and so do the tests. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
