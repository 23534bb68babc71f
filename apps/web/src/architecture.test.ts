import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The floors every folder may build on. Everything else directly under src/ is a resource
 * (or page) folder, named like its tRPC router, and imports only these floors and itself.
 * - common/: what more than one resource uses (data hook, notifications, fields, node pages…)
 * - i18n/: messages and the i18n provider
 * - layout/: the app frame (app bar, menu, titles)
 * - providers/: tRPC client, data and auth providers, HttpError mapping
 * Files directly in src/ (App.tsx, main.tsx, theme.ts) sit above every folder.
 */
const SHARED_FOLDERS = ['common', 'i18n', 'layout', 'providers'];

const src = dirname(fileURLToPath(import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Static `from '…'`, side-effect `import '…'` and lazy `import('…')` specifiers. */
function relativeImports(text: string): string[] {
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]*)['"]/g;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The top folder under src/ a path lies in; undefined for files directly in src/. */
function topFolder(path: string): string | undefined {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Every import that crosses from one folder into another folder it may not use. */
function violations(): string[] {
  const found: string[] = [];
  for (const folder of readdirSync(src)) {
    if (!statSync(join(src, folder)).isDirectory()) continue;
    for (const file of sourceFiles(join(src, folder))) {
      for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
        const target = topFolder(resolve(dirname(file), specifier));
        if (target === undefined || target === folder || SHARED_FOLDERS.includes(target)) {
          continue;
        }
        found.push(`${relative(src, file)} imports ${specifier}`);
      }
    }
  }
  return found;
}

describe('apps/web/src folders', () => {
  it('a resource folder imports only shared floors, never another resource folder', () => {
    expect(violations()).toEqual([]);
  });

  it('the shared floors import no resource folder', () => {
    const shared = violations().filter((line) =>
      SHARED_FOLDERS.some((folder) => line.startsWith(`${folder}${sep}`)),
    );
    expect(shared).toEqual([]);
  });

  it('finds imports of every form it checks', () => {
    const text = [
      "import { a } from '../staff/A';",
      "import '../theme.css';",
      "const B = lazy(() => import('./B'));",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['../staff/A', '../theme.css', './B']);
  });
});
