import superjson from 'superjson';

type Annotation = ['Date'] | ['undefined'];
type Values = Record<string, Annotation>;

const MAX_DEPTH = 64;
const escapeKey = (key: string) => key.replace(/\\/g, '\\\\').replace(/\./g, '\\.');

class NeedsSuperjson extends Error {}

/** superjson's path text: keys joined by dots, dots and backslashes in keys escaped. */
const pathText = (path: (string | number)[]) =>
  path.map((key) => (typeof key === 'number' ? String(key) : escapeKey(key))).join('.');

/**
 * Notes where superjson would annotate a value (a Date, an undefined), or throws
 * NeedsSuperjson for anything else it would transform: non-finite numbers, -0, bigints,
 * class instances (Map, Set, Buffer, …), cycles, keys it guards against. The path is a
 * stack of keys, written out only for the values noted (most values are not).
 */
function annotate(value: unknown, path: (string | number)[], values: Values, depth: number): void {
  if (value === null) return;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new NeedsSuperjson();
      return;
    case 'undefined':
      values[pathText(path)] = ['undefined'];
      return;
    case 'object':
      break;
    default:
      throw new NeedsSuperjson();
  }
  if (depth > MAX_DEPTH) throw new NeedsSuperjson();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      annotate(value[i], path, values, depth + 1);
      path.pop();
    }
    return;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new NeedsSuperjson();
    values[pathText(path)] = ['Date'];
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new NeedsSuperjson();
  for (const key in value) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new NeedsSuperjson();
    }
    path.push(key);
    annotate((value as Record<string, unknown>)[key], path, values, depth + 1);
    path.pop();
  }
}

/**
 * superjson's serialize for what procedures return (plain rows, Dates, undefined), without
 * its generic walk and the copy of every answer: the value is left as it is (JSON.stringify
 * writes a Date as superjson does, toISOString) and only the annotations superjson would
 * add are collected. Anything else goes to superjson itself, so the web client's superjson
 * reads every answer as before. Unlike superjson, repeated references are not noted as
 * such: the client gets equal copies.
 */
export function serializeAnswer(value: unknown): { json: unknown; meta?: object } {
  if (value === undefined || value instanceof Date) return superjson.serialize(value);
  const values: Values = {};
  try {
    annotate(value, [], values, 0);
  } catch (error) {
    if (error instanceof NeedsSuperjson) return superjson.serialize(value);
    throw error;
  }
  for (const _ in values) return { json: value, meta: { values, v: 1 } };
  return { json: value };
}

/** What the server's tRPC speaks: superjson on the wire, a cheaper path for answers. */
export const wireFormat = {
  input: superjson,
  output: { serialize: serializeAnswer, deserialize: superjson.deserialize.bind(superjson) },
};
