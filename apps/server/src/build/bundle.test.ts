import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isEngineIndependentRun } from '@cutover/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../env';
import { bundle } from './bundle';

const out = mkdtempSync(path.join(tmpdir(), 'cutover-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function compiled<T>(entry: string): Promise<T> {
  const file = path.join(out, 'deeper', 'than', 'the', 'source', `${path.basename(entry)}.mjs`);
  await bundle(fileURLToPath(new URL(entry, import.meta.url)), file);
  return (await import(pathToFileURL(file).href)) as T;
}

describe.runIf(isEngineIndependentRun())('the compiled server bundle', () => {
  it('finds the repository root (web dist, data dir) wherever it is written', async () => {
    const env = await compiled<typeof import('../env')>('../env.ts');
    expect(env.repoRoot).toBe(repoRoot);
  });

  it('finds the migrations folder of the db package', async () => {
    const migrate = await compiled<{ migrationsFolder: string }>(
      '../../../../packages/db/src/migrate.ts',
    );
    expect(migrate.migrationsFolder).toBe(path.join(repoRoot, 'drizzle'));
    expect(existsSync(path.join(migrate.migrationsFolder, 'meta/_journal.json'))).toBe(true);
  });

  it("reads the demo seed's regions", async () => {
    const regions = await compiled<{ loadRegions(): unknown[] }>(
      '../../../../packages/db/src/seed/regions.ts',
    );
    expect(regions.loadRegions()).toHaveLength(83);
  });

  it("loads the PDF writer, which finds its fonts from the api package's dependencies", async () => {
    const pdf = await compiled<{ writePdf: unknown }>(
      '../../../../packages/api/src/exports/formats/pdf.ts',
    );
    expect(typeof pdf.writePdf).toBe('function');
  });
});
