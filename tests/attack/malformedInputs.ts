// Malformed inputs for any contract call, derived from its zod schema (through its JSON Schema):
// a plausible input with one spot made hostile reaches deep into the handler, a wholly hostile one
// tests the edges. Real ids from the workspace stand in for id fields, so updates hit real rows.
import fc from 'fast-check';
import type { z } from 'zod';
import { toJSONSchema } from 'zod';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

export interface FuzzContext {
  /** Ids of existing rows that an id field of this name may hold, so plausible inputs name real things. */
  idsFor(key: string): readonly string[];
}

export function schemaOf(input: z.ZodType): JsonSchema {
  return toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Values no honest caller sends: wrong types, extremes, dates and links the rules must refuse. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
  '',
  ' ',
  '\u0000',
  'nul\u0000in the middle',
  '\u202Egnp.exe',
  '\u0007\u001b[31mred',
  'x'.repeat(100_000),
  '9999-12-31',
  '0000-01-01',
  '0099-12-31',
  '2024-02-30',
  '2024-13-01',
  '-001000-01-01',
  '+275760-09-13',
  'not a date',
  '2031-05-01T25:61:00Z',
  '24:00',
  '99:99',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'utc',
  'europe/PARIS',
  'EST5EDT',
  'US/Pacific-New',
  'Mars/Olympus_Mons',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE strategies; --",
  '%s%s%n',
  '__proto__',
  'constructor',
  [],
  {},
  [[[[[]]]]],
  ['x'.repeat(300)],
  Array.from({ length: 1_000 }, (_, index) => index),
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) },
);

const TIME_ZONES = ['Europe/Paris', 'UTC', 'Asia/Tokyo', 'America/New_York', 'Pacific/Chatham', 'Africa/Nairobi'];
const plausibleDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Values that pass (or nearly pass) the schema, so the call reaches its handler. */
export function plausible(schema: JsonSchema, context: FuzzContext, key = ''): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => plausible(option, context, key)));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') ?? 'null' : schema.type;
  switch (type) {
    case 'object':
      return plausibleObject(schema, context);
    case 'array':
      return fc.array(schema.items ? plausible(schema.items, context, key) : fc.jsonValue(), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'string':
      return plausibleString(schema, context, key);
    case 'integer': {
      const [min, max] = rangeOf(schema);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'number': {
      const [min, max] = rangeOf(schema);
      return fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The schema's bounds, or a small range around them where it has none. */
function rangeOf(schema: JsonSchema): [number, number] {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? Math.min(schema.maximum ?? 0, 0) - 1000;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? Math.max(min, 0) + 1000;
  return [min, Math.max(min, max)];
}

function plausibleObject(schema: JsonSchema, context: FuzzContext): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = plausible(property, context, name);
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

function plausibleString(schema: JsonSchema, context: FuzzContext, key: string): fc.Arbitrary<string> {
  const ids = /ids?$/i.test(key) ? context.idsFor(key) : [];
  if (ids.length > 0) return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, fc.uuid());
  if (/timezone$/i.test(key)) return fc.constantFrom(...TIME_ZONES);
  if (schema.format === 'date-time') return plausibleDate.map((date) => `${date}T09:30:00Z`);
  if (/date$|^until$|^from$|^to$/i.test(key) || /exceptions/.test(key)) return plausibleDate;
  if (schema.format === 'uri') return fc.webUrl();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter((value) => value.length <= (schema.maxLength ?? 200));
    } catch {
      // A pattern JavaScript cannot compile falls through to free text.
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
}

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], found: Path[] = []): Path[] {
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [name, item] of entries) {
    const path = [...prefix, name];
    found.push(path);
    pathsOf(item, path, found);
  }
  return found;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}

/** One malformed (or borderline) input for a call with this schema. */
export function malformedInput(schema: JsonSchema, context: FuzzContext): fc.Arbitrary<unknown> {
  const valid = plausible(schema, context);
  const oneSpotHostile = fc.tuple(valid, hostileValue, fc.nat()).map(([value, bad, pick]) => {
    const paths = pathsOf(value);
    return paths.length === 0 ? bad : replaceAt(value, paths[pick % paths.length]!, bad);
  });
  const extraKey = fc.tuple(valid, fc.constantFrom('__proto__', 'constructor', 'extra', ''), hostileValue).map(([value, name, bad]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.parse(JSON.stringify({ ...value, [name]: bad })) : value,
  );
  return fc.oneof(
    { weight: 5, arbitrary: oneSpotHostile },
    { weight: 2, arbitrary: valid },
    { weight: 1, arbitrary: extraKey },
    { weight: 1, arbitrary: hostileValue },
  );
}
