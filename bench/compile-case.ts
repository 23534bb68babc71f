import path from 'node:path';
import { bundle } from '../apps/server/src/build/bundle';

/**
 * Compiles `entry` to one ES module under bench/.tmp with the bundler `pnpm start` uses for
 * the server (apps/server/src/build/bundle.ts): the workspace's TypeScript bundled once,
 * every installed package imported from where it is installed. Returns the module's path.
 */
export async function compileCase(entry: string): Promise<string> {
  const benchDir = path.dirname(new URL(import.meta.url).pathname);
  const outfile = path.join(benchDir, '.tmp', `${path.basename(entry, '.ts')}.mjs`);
  await bundle(path.resolve(benchDir, entry), outfile);
  return outfile;
}
