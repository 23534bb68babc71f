/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appErrorCodes, importFormats, orgKinds, orgLevels, roles } from '@cutover/domain';
import { describe, expect, it } from 'vitest';
import { funnelStatuses, jobStatuses, staffRoles } from '../common/fields/enums';
import { en } from './en';
import { ru } from './ru';

function flatten(tree: object, prefix = '', out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) flatten(value, path, out);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `errors.*`, `imports.errors.*` and `exports.errors.*` key the server code can send, read from its source. */
function serverErrorKeys(): string[] {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const keys = new Set(appErrorCodes.map((code) => `errors.${code.toLowerCase()}`));
  for (const dir of ['packages/api', 'packages/domain', 'packages/db', 'apps/server']) {
    for (const file of sourceFiles(join(root, dir, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /['"`]((?:imports\.|exports\.)?errors\.[a-z0-9_]+)['"`]/g,
      )) {
        if (match[1]) keys.add(match[1]);
      }
    }
  }
  return [...keys].sort();
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

const enKeys = flatten(en);
const ruKeys = flatten(ru);

describe('translations', () => {
  it('have the same keys in English and Russian', () => {
    expect([...enKeys.keys()].filter((key) => !ruKeys.has(key))).toEqual([]);
    expect([...ruKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  // react-admin's own packs (ra.*) word things their own way, with a deliberately blank
  // ra.boolean.null; the checks below hold our messages to a stricter standard.
  const ours = (entries: Map<string, string>) =>
    [...entries].filter(([key]) => !key.startsWith('ra.'));

  it('have no empty messages', () => {
    const empty = [...ours(enKeys), ...ours(ruKeys)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = ours(enKeys).filter(([key, text]) => {
      const other = ruKeys.get(key);
      return other !== undefined && placeholders(text).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('translate every error key the server can send', () => {
    const keys = serverErrorKeys();
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !enKeys.has(key))).toEqual([]);
    expect(keys.filter((key) => !ruKeys.has(key))).toEqual([]);
  });

  it('name every value of the enums the UI shows', () => {
    const enums: Record<string, readonly string[]> = {
      level: orgLevels,
      kind: orgKinds,
      staffRole: staffRoles,
      funnelStatus: funnelStatuses,
      userRole: roles,
      importFormat: importFormats,
      jobStatus: jobStatuses,
    };
    const keys = Object.entries(enums).flatMap(([name, values]) =>
      values.map((value) => `enums.${name}.${value}`),
    );
    expect(keys.filter((key) => !enKeys.has(key) || !ruKeys.has(key))).toEqual([]);
  });

  // Terms a reader compares across pages: one English word, one Russian word. (Words that
  // agree with a noun, "Включена"/"Включено", may rightly differ and are not listed.)
  it('translate the glossary terms one way everywhere', () => {
    const glossary = ['Done', 'National deadline', 'Parents joined'];
    const ways = glossary.map((term) => {
      const keys = ours(enKeys).filter(([, text]) => text === term);
      return [term, [...new Set(keys.map(([key]) => ruKeys.get(key)))].length];
    });
    expect(ways).toEqual(glossary.map((term) => [term, 1]));
  });
});
