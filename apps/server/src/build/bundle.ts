import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Every installed package stays a module of its own, imported from where pnpm installed it
 * for the workspace file that asks for it (the server's own node_modules does not hold the
 * db and api packages' dependencies). Native modules (argon2), PGlite's wasm and data files
 * and the lazily imported exceljs and pdfkit therefore load exactly as they do under tsx.
 */
const SELF = Symbol('installed-packages');

const installedPackages: Plugin = {
  name: 'installed-packages',
  setup(on) {
    on.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@cutover/') || args.path.startsWith('node:')) return undefined;
      if (args.pluginData === SELF) return undefined;
      // esbuild's own resolution, with Node's conditions for an ES module ("import" first).
      const found = await on.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: SELF,
      });
      if (found.errors.length > 0 || !found.path) return undefined;
      return { path: found.path, external: true };
    });
  },
};

/**
 * Workspace code finds files relative to its own source file (the migrations folder, the
 * regions of the demo seed, the repository root, the PDF fonts through createRequire): each
 * file keeps its source location, so the bundle finds them wherever it is written.
 */
const sourceLocation: Plugin = {
  name: 'source-location',
  setup(on) {
    on.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/** Bundles the workspace TypeScript reachable from `entry` into one ES module at `outfile`. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    plugins: [installedPackages, sourceLocation],
    logLevel: 'warning',
  });
}
