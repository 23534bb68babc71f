import fc from 'fast-check';

type Path = readonly (string | number)[];

/** JSON text sent as it is: a value too deep to build and stringify in the test itself. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Nested `levels` deep, in one of the two JSON shapes. */
export function deeplyNested(levels: number, shape: 'object' | 'array'): RawJson {
  const [open, close] = shape === 'object' ? ['{"a":', '}'] : ['[', ']'];
  return new RawJson(`${open.repeat(levels)}1${close.repeat(levels)}`);
}

/** JSON.stringify that writes RawJson as its text and keeps own `__proto__` keys. */
export function encodeJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value))
    return `[${Array.from(value, (item) => encodeJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${encodeJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object whose own key is `__proto__` (JSON.parse makes one; a literal would not). */
const protoKey = JSON.parse('{"__proto__": {"polluted": true}}') as object;

/** The kinds of bad input seen to break servers, each a few concrete values. */
const nasty = {
  control: ['a\u0000b', '\u0000', 'line\u0007bell', '\u001b[31mred', 'tab\u0085next'],
  dates: ['2026-02-30', '0000-01-01', '9999-12-31', '1899-12-31', '2026-13-01', '2026-1-1'],
  prototypeKeys: ['__proto__', 'constructor', 'toString', 'hasOwnProperty'],
  long: ['x'.repeat(100_000), 'я'.repeat(5_000)],
  oddText: ['', ' ', '99999999999999999999', "'; drop table staff; --", '%_\\', '\ud800'],
  hugeNumbers: [
    2_147_483_647,
    2_147_483_648,
    -2_147_483_649,
    Number.MAX_SAFE_INTEGER,
    1e20,
    -1e20,
    1e308,
  ],
  smallNumbers: [0, -1, 1.5, -0.5],
  otherTypes: [null, true, false, [], {}, ['a\u0000'], protoKey],
  deep: [deeplyNested(5_000, 'object'), deeplyNested(5_000, 'array')],
} satisfies Record<string, unknown[]>;
type NastyKind = keyof typeof nasty;

export const nastyValues: readonly unknown[] = Object.values(nasty).flat();

/** A kind of bad input, then a value of it: rare kinds are as likely as common ones. */
const nastyOf = (kinds: readonly NastyKind[]) =>
  fc.constantFrom(...kinds).chain((kind) => fc.constantFrom<unknown>(...nasty[kind]));

const allKinds = Object.keys(nasty) as NastyKind[];
const forText: NastyKind[] = ['control', 'dates', 'prototypeKeys', 'long', 'oddText', 'otherTypes'];
const forNumber: NastyKind[] = ['hugeNumbers', 'smallNumbers', 'oddText', 'otherTypes'];

/** Where a value could be replaced: the root, and every key or index inside it. */
export function pathsIn(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsIn(item, [...prefix, i]));
  } else if (value && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, inner] of Object.entries(value))
      paths.push(...pathsIn(inner, [...prefix, key]));
  }
  return paths;
}

function cloneJson(value: unknown): unknown {
  if (value instanceof RawJson || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: cloneJson(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let current = root;
  for (const step of path.slice(0, -1)) {
    if (!current || typeof current !== 'object') return null;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current && typeof current === 'object'
    ? (current as Record<string | number, unknown>)
    : null;
}

export type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: unknown };

/** The valid value with one thing broken. */
export function applyMutation(valid: unknown, mutation: Mutation): unknown {
  if (mutation.kind === 'none') return valid;
  if (mutation.path.length === 0 && mutation.kind === 'replace') return mutation.value;
  const root = cloneJson(valid);
  if (mutation.kind === 'add') {
    const target = mutation.path.length === 0 ? root : parentOf(root, [...mutation.path, '']);
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return root;
  }
  const parent = parentOf(root, mutation.path);
  const key = mutation.path[mutation.path.length - 1];
  if (!parent || key === undefined) return root;
  if (mutation.kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (mutation.kind === 'delete') delete parent[key];
  else parent[key] = mutation.value;
  return root;
}

const sameKindNasty = (current: unknown) =>
  nastyOf(
    typeof current === 'string' ? forText : typeof current === 'number' ? forNumber : allKinds,
  );

/** One mutation of a valid value: mostly a nasty value of the same kind at a random place. */
export function mutationsOf(valid: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsIn(valid);
  const objectPaths = paths.filter((path) => {
    const parent = parentOf(valid, [...path, '']);
    return parent !== null && !Array.isArray(parent);
  });
  // Leaves (the values a query finally reads) far more often than whole objects.
  const leaves = paths.filter((path) => {
    const value =
      path.length === 0 ? valid : parentOf(valid, path)?.[path[path.length - 1] as string];
    return value === null || typeof value !== 'object' || value instanceof RawJson;
  });
  const at =
    leaves.length > 0
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...leaves) },
          { weight: 1, arbitrary: fc.constantFrom(...paths) },
        )
      : fc.constantFrom(...paths);
  const valueAt = (path: Path) =>
    path.length === 0 ? valid : parentOf(valid, path)?.[path[path.length - 1] as string];
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
    {
      weight: 5,
      arbitrary: at.chain((path) =>
        fc
          .oneof(sameKindNasty(valueAt(path)), fc.constantFrom(...nastyValues))
          .map((value): Mutation => ({ kind: 'replace', path, value })),
      ),
    },
    {
      weight: 1,
      arbitrary: at.map((path): Mutation => ({ kind: 'delete', path })),
    },
    {
      weight: 1,
      arbitrary:
        objectPaths.length > 0
          ? fc
              .record({
                path: fc.constantFrom(...objectPaths),
                key: fc.constantFrom('__proto__', 'constructor', 'unexpected', 'q', 'from'),
                value: nastyOf(allKinds),
              })
              .map((add): Mutation => ({ kind: 'add', ...add }))
          : fc.constant<Mutation>({ kind: 'none' }),
    },
  );
}

/** One value of each kind that most often slips past a schema, per kind of leaf. */
const sweepValues = {
  string: ['a\u0000b', '2026-02-30', '0000-01-01', '__proto__', 'x'.repeat(100_000)],
  number: [2_147_483_648, 1e20],
};

/** Every leaf of the valid value, broken one at a time with each sweep value of its kind. */
export function sweepOf(valid: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  for (const path of pathsIn(valid)) {
    const value =
      path.length === 0 ? valid : parentOf(valid, path)?.[path[path.length - 1] as string];
    const values =
      typeof value === 'string'
        ? sweepValues.string
        : typeof value === 'number'
          ? sweepValues.number
          : [];
    for (const replacement of values) mutations.push({ kind: 'replace', path, value: replacement });
  }
  return mutations;
}
