import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { HIDDEN_FROM_ANALYSTS } from '../security/person-data';

/**
 * Response schemas of the OpenAPI document, written against the TypeScript types the answers are built
 * from: {@link typedObject} takes every key of the type, no more and none missing, and the keys that may
 * be absent wrapped in {@link optional}, so a field added to a type does not compile until it is
 * documented. Value shapes are checked at run time: test/api/openapi.e2e-spec.ts validates real answers.
 */
export type Schema = SchemaObject | ReferenceObject;

/** The response schemas of the document, by name: `components.schemas` (openapi.ts adds them). */
const COMPONENTS = new Map<string, SchemaObject>();

/** Names a schema as a component of the document and answers the `$ref` to it. */
export function component(name: string, schema: SchemaObject): ReferenceObject {
  const known = COMPONENTS.get(name);
  if (known !== undefined && known !== schema)
    throw new Error(`OpenAPI: two schemas named ${name}`);
  COMPONENTS.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

export function responseComponents(): ReadonlyMap<string, SchemaObject> {
  return COMPONENTS;
}

/** A property the answer may leave out (JSON drops what is undefined). */
export interface OptionalProperty {
  readonly optional: Schema;
}

export function optional(schema: Schema): OptionalProperty {
  return { optional: schema };
}

type Property = Schema | OptionalProperty;

/** The keys of `T` that may be absent from its JSON: optional ones and those that may be undefined. */
type AbsentKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** Every key of `T` with its schema; those that may be absent as {@link optional}. */
export type PropertiesOf<T> = {
  readonly [K in keyof T]-?: K extends AbsentKeys<T> ? OptionalProperty : Schema;
};

/** Every key of any member of a union (answers of several shapes), absent where a member lacks it. */
export type Merged<Union> = {
  [K in Union extends unknown ? keyof Union : never]: Union extends unknown
    ? K extends keyof Union
      ? Union[K]
      : undefined
    : never;
};

/**
 * The birth dates analysts see as a year (security/person-data.ts cuts every answer for them: it drops
 * the keys of HIDDEN_FROM_ANALYSTS and turns these into years). Both are documented, neither required.
 */
const ANALYST_BIRTH_YEAR = { dateOfBirth: 'birthYear', date_of_birth: 'birth_year' } as const;

function isOptional(property: Property): property is OptionalProperty {
  return 'optional' in property;
}

/** A schema with a note added (a `$ref` cannot carry one in OpenAPI 3.0: it is wrapped). */
export function described(schema: Schema, description: string): Schema {
  if ('$ref' in schema) return { allOf: [schema], description };
  return {
    ...schema,
    description: schema.description ? `${schema.description} ${description}` : description,
  };
}

/** An object of named properties, from a type (see {@link typedObject}) or written out. */
export function objectSchema(
  properties: Readonly<Record<string, Property>>,
  description?: string,
): SchemaObject {
  const documented: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [key, property] of Object.entries(properties)) {
    const schema = isOptional(property) ? property.optional : property;
    const birthYear = ANALYST_BIRTH_YEAR[key as keyof typeof ANALYST_BIRTH_YEAR];
    if (HIDDEN_FROM_ANALYSTS.has(key)) {
      documented[key] = described(schema, 'Not shown to analysts.');
    } else if (birthYear !== undefined) {
      documented[key] = described(schema, `Analysts see ${birthYear} instead.`);
      documented[birthYear] = {
        type: 'integer',
        nullable: true,
        description: `The year of ${key}: what analysts see instead of it.`,
        example: 1998,
      };
    } else {
      documented[key] = schema;
      if (!isOptional(property)) required.push(key);
    }
  }
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties: documented,
    ...(required.length === 0 ? {} : { required }),
  };
}

/** An object schema for a value of type `T`: `typedObject<MemberView>()({ id: text(), ... })`. */
export function typedObject<T>(): (
  properties: PropertiesOf<T>,
  description?: string,
) => SchemaObject {
  return (properties, description) =>
    objectSchema(properties as Readonly<Record<string, Property>>, description);
}

export function text(description?: string, example?: string): SchemaObject {
  return {
    type: 'string',
    ...(description === undefined ? {} : { description }),
    ...(example === undefined ? {} : { example }),
  };
}

/** A business date, `YYYY-MM-DD`. */
export function localDate(description?: string): SchemaObject {
  return { type: 'string', format: 'date', ...(description === undefined ? {} : { description }) };
}

/** An instant, ISO 8601 UTC. */
export function instant(description?: string): SchemaObject {
  return {
    type: 'string',
    format: 'date-time',
    ...(description === undefined ? {} : { description }),
  };
}

export function integer(description?: string): SchemaObject {
  return { type: 'integer', ...(description === undefined ? {} : { description }) };
}

export function decimal(description?: string): SchemaObject {
  return { type: 'number', ...(description === undefined ? {} : { description }) };
}

export function boolean(description?: string): SchemaObject {
  return { type: 'boolean', ...(description === undefined ? {} : { description }) };
}

export function oneOfValues(
  values: readonly (string | number | boolean)[],
  description?: string,
): SchemaObject {
  const type =
    typeof values[0] === 'string'
      ? 'string'
      : typeof values[0] === 'boolean'
        ? 'boolean'
        : 'integer';
  return { type, enum: [...values], ...(description === undefined ? {} : { description }) };
}

/** The value or `null` (OpenAPI 3.0: `nullable`; an enum lists `null` too). */
export function nullable(schema: SchemaObject): SchemaObject {
  return { ...schema, nullable: true, ...(schema.enum ? { enum: [...schema.enum, null] } : {}) };
}

export function arrayOf(items: Schema, description?: string): SchemaObject {
  return { type: 'array', items, ...(description === undefined ? {} : { description }) };
}

/** An object whose keys are data: each of `keys` when they are known, else any key. */
export function mapOf(
  values: Schema,
  keys?: readonly string[],
  description?: string,
): SchemaObject {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    ...(keys === undefined
      ? { additionalProperties: values }
      : { properties: Object.fromEntries(keys.map((key) => [key, values])), required: [...keys] }),
  };
}

/** Any JSON value (an event's data, a rule's details). */
export function anyJson(description?: string): SchemaObject {
  return description === undefined ? {} : { description };
}

/** `{ vi, en }`: every message to users, Vietnamese first. */
export const BILINGUAL = component(
  'Bilingual',
  objectSchema(
    { vi: text('Vietnamese'), en: text('English') },
    'A message in Vietnamese and English.',
  ),
);
