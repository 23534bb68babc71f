import fc from 'fast-check';
import { type ZodType, z } from 'zod';

/** The parts of a JSON Schema (as zod 4 writes one) that shape a value. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** Keys the list queries read from a free-form filter, so a record gets plausible keys. */
export const filterKeys = [
  'q',
  'withinId',
  'orgUnitId',
  'parentId',
  'waveId',
  'actorUserId',
  'role',
  'status',
  'kind',
  'funnelStatus',
  'legacyPlatform',
  'from',
  'to',
  'inactiveForDays',
  'action',
  'actor',
  'entityType',
  'entityId',
  'includeClosed',
  'disabled',
  'fileSha256',
] as const;

/** Ids that exist in the scope-test tree, so valid inputs often reach real rows. */
const knownIds = [1, 2, 3, 30, 40, 301, 302, 401, 402, 50, 60];

const loose = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...knownIds),
  fc.boolean(),
  fc.constantFrom('2026-01-15', 'teacher', 'legacy', 'Иванова'),
);

export function jsonSchemaOf(schema: ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Values an input schema accepts, or nearly: refinements are not in the JSON Schema. */
export function valuesOf(
  schema: JsonSchema,
  root: JsonSchema = schema,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const next = (inner: JsonSchema) => valuesOf(inner, root, depth + 1);
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target ? next(target) : loose;
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map(next));
  if (schema.allOf?.[0]) return next(schema.allOf[0]);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => next({ ...schema, type })));
  switch (types[0]) {
    case 'string':
      return stringsOf(schema);
    case 'integer':
      return integersOf(schema);
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1000,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 1000,
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(schema.items ? next(schema.items) : loose, {
        minLength: min,
        maxLength: Math.min(schema.maxItems ?? min + 3, min + 3),
      });
    }
    case 'object':
      return objectsOf(schema, next);
    default:
      return loose;
  }
}

function stringsOf(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? min + 16, min + 16);
  if (schema.format === 'date' || schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  }
  if (schema.pattern) {
    // Repeating a short match keeps simple character-class patterns matched, with no filter
    // that could spin on a pattern whose short matches are rare.
    return fc
      .stringMatching(new RegExp(schema.pattern), { size: 'xsmall' })
      .map((text) => (text.length >= min || text === '' ? text : text.repeat(min)).slice(0, max));
  }
  return fc.string({ minLength: min, maxLength: max }).map((text) => text.padEnd(min, 'a'));
}

function integersOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000),
    Number.MIN_SAFE_INTEGER,
  );
  const max = Math.min(
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000),
    Number.MAX_SAFE_INTEGER,
  );
  const usual = knownIds.filter((id) => id >= min && id <= max);
  const small = fc.integer({ min, max: Math.min(max, min + 50) });
  return usual.length > 0 ? fc.oneof(fc.constantFrom(...usual), small) : small;
}

function objectsOf(
  schema: JsonSchema,
  next: (inner: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, next(inner)])),
    { requiredKeys: required.filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (!extra || Object.keys(properties).length > 0) return known;
  const values = extra === true ? loose : next(extra);
  return fc
    .dictionary(fc.constantFrom(...filterKeys), values, { maxKeys: 3 })
    .map((record) => ({ ...record }));
}
