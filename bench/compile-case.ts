import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * The workspace's TypeScript is bundled once into plain JavaScript; every installed package
 * stays a module of its own, imported from where it is installed (as a compiled server
 * would load them).
 */
const installedPackages: Plugin = {
  name: 'installed-packages',
  setup(on) {
    on.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@cutover/') || args.path.startsWith('node:')) return undefined;
      const resolve = createRequire(path.join(args.resolveDir, 'index.js')).resolve;
      try {
        return { path: resolve(args.path), external: true };
      } catch {
        return undefined;
      }
    });
  },
};

/**
 * Compiles `entry` to one ES module under packages/api/.tmp (the api package resolves its
 * font files at run time from where its code lives). Returns the module's path.
 */
export async function compileCase(entry: string): Promise<string> {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const outfile = path.join(root, 'packages/api/.tmp', `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    plugins: [installedPackages],
    logLevel: 'warning',
  });
  return outfile;
}
