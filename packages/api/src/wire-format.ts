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
 * Notes where superjson would annotate a value (a Date, an undefined) and returns the value
 * as JSON will carry it: a Date as its ISO text (superjson's form), in a copy of each array
 * or object on the way to it; anything without Dates is returned as it is, not copied.
 * JSON.stringify calls each Date's toJSON on a slow path: a page of 25 staff rows took
 * 120 µs to write with its 150 Dates, 26 µs with their texts. Throws NeedsSuperjson for
 * anything else superjson would transform: non-finite numbers, -0, bigints, class
 * instances (Map, Set, Buffer, …), cycles, keys it guards against. The path is a stack of
 * keys, written out only for the values noted (most values are not).
 */
function annotate(
  value: unknown,
  path: (string | number)[],
  values: Values,
  depth: number,
): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new NeedsSuperjson();
      return value;
    case 'undefined':
      values[pathText(path)] = ['undefined'];
      return value;
    case 'object':
      break;
    default:
      throw new NeedsSuperjson();
  }
  if (depth > MAX_DEPTH) throw new NeedsSuperjson();
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const wired = annotate(value[i], path, values, depth + 1);
      path.pop();
      if (wired !== value[i]) {
        copy ??= value.slice();
        copy[i] = wired;
      }
    }
    return copy ?? value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new NeedsSuperjson();
    values[pathText(path)] = ['Date'];
    return value.toISOString();
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new NeedsSuperjson();
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new NeedsSuperjson();
    }
    path.push(key);
    const wired = annotate(record[key], path, values, depth + 1);
    path.pop();
    if (wired !== record[key]) {
      copy ??= { ...record };
      copy[key] = wired;
    }
  }
  return copy ?? value;
}

/**
 * superjson's serialize for what procedures return (plain rows, Dates, undefined), without
 * its generic walk and the copy of every answer: only arrays and objects on the way to a
 * Date are copied (to hold its text), and only the annotations superjson would add are
 * collected. Anything else goes to superjson itself, so the web client's superjson reads
 * every answer as before. Unlike superjson, repeated references are not noted as such: the
 * client gets equal copies.
 */
export function serializeAnswer(value: unknown): { json: unknown; meta?: object } {
  if (value === undefined || value instanceof Date) return superjson.serialize(value);
  const values: Values = {};
  let json: unknown;
  try {
    json = annotate(value, [], values, 0);
  } catch (error) {
    if (error instanceof NeedsSuperjson) return superjson.serialize(value);
    throw error;
  }
  for (const _ in values) return { json, meta: { values, v: 1 } };
  return { json };
}

/** What the server's tRPC speaks: superjson on the wire, a cheaper path for answers. */
export const wireFormat = {
  input: superjson,
  output: { serialize: serializeAnswer, deserialize: superjson.deserialize.bind(superjson) },
};
