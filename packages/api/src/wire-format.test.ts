import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { serializeAnswer } from './wire-format';

/** What the web client's superjson reads from an answer, after the trip through JSON. */
const received = (serialized: unknown) =>
  superjson.deserialize(JSON.parse(JSON.stringify(serialized)));

const answers: Record<string, unknown> = {
  'plain rows': { data: [{ id: 1, name: 'A', path: [1, 2] }], total: 1, next: null },
  'dates at every depth': {
    computedAt: new Date('2026-01-02T03:04:05.678Z'),
    waves: [{ wave: { id: 1 }, settings: [{ setAt: new Date(0) }] }],
  },
  'keys with dots and backslashes': { 'a.b': { 'c\\d': new Date(5) } },
  'undefined in objects and arrays': { a: undefined, b: [1, undefined, 3], c: { d: undefined } },
  'a top-level array': [new Date(7), { x: 1 }],
  'a top-level Date': new Date(9),
  'nothing at all': undefined,
  'a string': 'ok',
  null: null,
  'non-finite numbers and -0': { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: -0 },
  'a bigint': { n: 12n },
  'a Map and a Set': { m: new Map([[1, 'one']]), s: new Set([1]) },
  'an invalid Date': { d: new Date(Number.NaN) },
  'a class instance': { e: new Error('x'), r: /x/g },
};

describe('serializeAnswer', () => {
  for (const [name, answer] of Object.entries(answers)) {
    it(`is read by superjson as superjson's own output: ${name}`, () => {
      expect(received(serializeAnswer(answer))).toEqual(received(superjson.serialize(answer)));
    });
  }

  it('notes Dates and undefined at the paths superjson uses', () => {
    for (const name of [
      'dates at every depth',
      'keys with dots and backslashes',
      'undefined in objects and arrays',
      'a top-level array',
    ]) {
      expect(serializeAnswer(answers[name]).meta, name).toEqual(
        superjson.serialize(answers[name]).meta,
      );
    }
  });

  it('sends the same text as superjson when there is nothing to annotate', () => {
    const rows = answers['plain rows'];
    expect(JSON.stringify(serializeAnswer(rows))).toBe(JSON.stringify(superjson.serialize(rows)));
  });

  it("writes Dates as superjson's json does, the same text", () => {
    for (const name of ['dates at every depth', 'keys with dots and backslashes']) {
      expect(JSON.stringify(serializeAnswer(answers[name])), name).toBe(
        JSON.stringify(superjson.serialize(answers[name])),
      );
    }
  });

  it('copies only what leads to a Date', () => {
    const plain = { n: 1 };
    const answer = { plain, list: [plain], dated: { at: new Date(2) } };
    const { json } = serializeAnswer(answer) as { json: typeof answer };
    expect(json.plain).toBe(plain);
    expect(json.list).toBe(answer.list);
    expect(json.dated).not.toBe(answer.dated);
    expect(json.dated.at).toBe('1970-01-01T00:00:00.002Z');
  });

  it('leaves the answer as it was', () => {
    const answer = { at: new Date(1), list: [{ a: undefined }] };
    serializeAnswer(answer);
    expect(answer.at).toBeInstanceOf(Date);
    expect(Object.keys(answer.list[0] ?? {})).toEqual(['a']);
  });

  it('hands a cycle to superjson rather than looping', () => {
    const node: Record<string, unknown> = { id: 1 };
    node.self = node;
    expect(() => serializeAnswer(node)).not.toThrow(RangeError);
  });
});
