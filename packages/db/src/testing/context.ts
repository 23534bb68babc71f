/** What the vitest globalSetup hands every test file (through provide/inject). */
export type TestDatabaseSource = (
  | { engine: 'pglite'; migrated: string; seeded?: string | undefined }
  | { engine: 'postgres'; url: string; migrated: string; seeded?: string | undefined }
) & {
  /** The "today" the demo country was seeded around (YYYY-MM-DD). */
  seededToday: string;
  /** Why the globalSetup could not seed, when it tried and failed. */
  seedError?: string | undefined;
};

export const SOURCE_KEY = 'cutoverTestDatabase';

declare module 'vitest' {
  export interface ProvidedContext {
    cutoverTestDatabase: TestDatabaseSource;
  }
}

/** TEST_DATABASE_URL (or DATABASE_URL) selects PostgreSQL; otherwise PGlite. */
export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}
