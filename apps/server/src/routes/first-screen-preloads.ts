import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** The dashboard's page and chart modules, as the build's manifest names their sources. */
const DASHBOARD_SOURCES = [
  'src/dashboard/DashboardPage.tsx',
  'src/dashboard/FunnelChart.tsx',
  'src/dashboard/BurnupChart.tsx',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

let cached: { dir: string; mtimeMs: number; files: string[] } | undefined;

/**
 * `<link rel="modulepreload">` for the dashboard's chunks and every chunk they import, read
 * from the build's manifest (vite `build.manifest`), less those the page already names: a
 * signed-in page load fetches them beside the entry instead of after it has run. Empty
 * when the build has no manifest.
 */
export async function firstScreenPreloads(distDir: string, page: string): Promise<string> {
  const files = await dashboardChunks(distDir).catch(() => []);
  return files
    .filter((file) => !page.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
}

async function dashboardChunks(distDir: string): Promise<string[]> {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  const { mtimeMs } = await stat(manifestPath);
  if (cached?.dir === distDir && cached.mtimeMs === mtimeMs) return cached.files;
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of DASHBOARD_SOURCES) visit(source);
  cached = { dir: distDir, mtimeMs, files };
  return files;
}
