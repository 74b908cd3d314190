import type { OpenAPIObject } from '@nestjs/swagger';
import * as member from '@memberflow/domain/member';
import * as org from '@memberflow/domain/org';
import { REQUEST_FIELD_LABELS } from './request-field-labels';

/** A label in both languages, as the domain writes it. */
interface Label {
  readonly vi: string;
  readonly en: string;
}
type Vocabulary = Readonly<Record<string, Label>>;

/**
 * The extensions: each value of an enum (`x-labels`), each named property (`x-label`), and at
 * the document's root what every rule of the member lifecycle demands (`x-rules`, code → { vi, en }),
 * for answers that name a rule by its code (the worklist's deadlines).
 */
export const LABELS_EXTENSION = 'x-labels';
export const LABEL_EXTENSION = 'x-label';
export const RULES_EXTENSION = 'x-rules';

/**
 * The domain's closed lists with their labels: every `*_LABELS` table of the member and organization
 * vocabularies (stages, genders, levels, grounds, forms, unit kinds, …), the ethnic groups (their names
 * are proper nouns in both languages) and the actions of the transition table. A table the domain adds
 * is picked up without a change here.
 */
function vocabularies(): Vocabulary[] {
  const tables = [member, org].flatMap((module) =>
    Object.entries(module)
      .filter(([name, value]) => name.endsWith('_LABELS') && isVocabulary(value))
      .filter(([name]) => name !== 'PERSON_FIELD_LABELS')
      .map(([, value]) => value as Vocabulary),
  );
  const ethnicities = Object.fromEntries(
    member.ETHNIC_GROUPS.map((group) => [group.code, { vi: group.vi, en: group.vi }]),
  );
  const actions = Object.fromEntries(
    Object.entries(member.TRANSITIONS).map(([action, row]) => [action, row.label]),
  );
  return [...tables, ethnicities, actions];
}

function isVocabulary(value: unknown): value is Vocabulary {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (label) =>
        typeof label === 'object' &&
        label !== null &&
        typeof (label as Label).vi === 'string' &&
        typeof (label as Label).en === 'string',
    )
  );
}

/**
 * Writes the domain's labels into the OpenAPI document, so that a client (the console) names values
 * the way the domain does without a copy of its own: every enum whose values one vocabulary covers
 * gets `x-labels` (value → { vi, en }; the smallest covering vocabulary wins, none when two of the
 * same size disagree), a property named as a person's field or a request field gets `x-label`
 * (request-field-labels.ts), and the document the member rules (`x-rules`).
 */
export function labelVocabulary(document: OpenAPIObject): void {
  const tables = vocabularies();
  const personFields = member.PERSON_FIELD_LABELS as Vocabulary;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    if (Array.isArray(schema.enum)) {
      const labels = labelsOf(
        schema.enum.filter((value): value is string => typeof value === 'string'),
        tables,
      );
      if (labels !== undefined) schema[LABELS_EXTENSION] = labels;
    }
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties !== undefined && typeof properties === 'object') {
      for (const [name, property] of Object.entries(properties)) {
        const label = personFields[name] ?? REQUEST_FIELD_LABELS[name];
        if (label !== undefined && typeof property === 'object' && property !== null)
          property[LABEL_EXTENSION] = label;
      }
    }
    Object.values(schema).forEach(visit);
  };
  visit(document.components?.schemas);
  visit(document.paths);
  (document as unknown as Record<string, unknown>)[RULES_EXTENSION] = member.RULES;
}

function labelsOf(
  values: readonly string[],
  tables: readonly Vocabulary[],
): Vocabulary | undefined {
  if (values.length === 0) return undefined;
  const covering = tables
    .filter((table) => values.every((value) => table[value] !== undefined))
    .sort((a, b) => Object.keys(a).length - Object.keys(b).length);
  const [best, next] = covering;
  if (best === undefined) return undefined;
  const size = Object.keys(best).length;
  if (
    next !== undefined &&
    Object.keys(next).length === size &&
    values.some((value) => JSON.stringify(next[value]) !== JSON.stringify(best[value]))
  ) {
    return undefined;
  }
  return Object.fromEntries(values.map((value) => [value, best[value]]));
}
