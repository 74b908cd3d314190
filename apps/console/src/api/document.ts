import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../i18n/labels';

/**
 * The api's OpenAPI document, read at run time: the console's forms are generated from its request
 * schemas, and it carries the domain's vocabulary (`x-labels` on enums, `x-label` on the fields,
 * `x-rules` at its root). It changes only with the api, so it is read once per page load.
 */
export interface JsonSchema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly allOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly description?: string;
  readonly example?: unknown;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly nullable?: boolean;
  readonly 'x-labels'?: Readonly<Record<string, Bilingual>>;
  readonly 'x-label'?: Bilingual;
}

interface Operation {
  readonly summary?: string;
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: JsonSchema }> };
}

export interface ApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
  readonly 'x-rules'?: Readonly<Record<string, Bilingual>>;
}

export function useApiDocument() {
  return useQuery({
    queryKey: ['openapi-document'],
    queryFn: async (): Promise<ApiDocument> => {
      const response = await fetch('/api/docs-json', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`/api/docs-json: ${response.status}`);
      return (await response.json()) as ApiDocument;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The schema a `$ref` names, and a lone `allOf` (Nest's way of describing a nested DTO) unwrapped. */
export function resolveSchema(document: ApiDocument, schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    if (!target) throw new Error(`OpenAPI: no schema ${name}`);
    return resolveSchema(document, target);
  }
  if (schema.allOf?.length === 1 && !schema.properties) {
    const { allOf, ...rest } = schema;
    return { ...resolveSchema(document, allOf[0]), ...rest };
  }
  return schema;
}

/** The request body of an operation (`POST /api/members/{id}/actions/hold-ceremony`), resolved. */
export function requestSchema(
  document: ApiDocument,
  path: string,
  method = 'post',
): JsonSchema | undefined {
  const body = document.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;
  return body ? resolveSchema(document, body) : undefined;
}

/** The body schema of a member action, `source-candidate` included (POST /api/members). */
export function actionSchema(document: ApiDocument, action: string): JsonSchema | undefined {
  return action === 'source-candidate'
    ? requestSchema(document, '/api/members')
    : requestSchema(document, `/api/members/{id}/actions/${action}`);
}

/** The labels of an enum-valued property of a component schema (`MemberView.stage`). */
function vocabulary(
  document: ApiDocument,
  schema: string,
  ...path: string[]
): Readonly<Record<string, Bilingual>> {
  let node: JsonSchema | undefined = document.components.schemas[schema];
  for (const step of path) {
    node = node && resolveSchema(document, node);
    node = step === '[]' ? node?.items : node?.properties?.[step];
  }
  return (node && resolveSchema(document, node)['x-labels']) ?? {};
}

/** The domain's vocabularies the console names things with, from the document. */
export interface Vocabulary {
  readonly stages: Readonly<Record<string, Bilingual>>;
  readonly actions: Readonly<Record<string, Bilingual>>;
  readonly unitKinds: Readonly<Record<string, Bilingual>>;
  readonly genders: Readonly<Record<string, Bilingual>>;
  readonly ethnicities: Readonly<Record<string, Bilingual>>;
  readonly person: Readonly<Record<string, Bilingual>>;
  readonly rules: Readonly<Record<string, Bilingual>>;
  readonly conclusions: Readonly<Record<string, Bilingual>>;
  readonly opinionSources: Readonly<Record<string, Bilingual>>;
}

export function vocabularyOf(document: ApiDocument): Vocabulary {
  const personRecord = resolveSchema(document, document.components.schemas.PersonRecord);
  return {
    stages: vocabulary(document, 'MemberView', 'stage'),
    actions: vocabulary(document, 'MemberView', 'availableActions', '[]'),
    unitKinds: vocabulary(document, 'OrgView', 'kind'),
    genders: vocabulary(document, 'PersonRecord', 'gender'),
    ethnicities: vocabulary(document, 'PersonRecord', 'ethnicity'),
    person: Object.fromEntries(
      Object.entries(personRecord.properties ?? {})
        .filter(([, property]) => property['x-label'] !== undefined)
        .map(([name, property]) => [name, property['x-label'] as Bilingual]),
    ),
    rules: document['x-rules'] ?? {},
    conclusions: vocabulary(document, 'Dossier', 'backgroundCheck', 'conclusion'),
    opinionSources: vocabulary(document, 'RecordOpinionDto', 'source'),
  };
}

/** The vocabulary, once the document is read. */
export function useVocabulary(): Vocabulary | undefined {
  const { data } = useApiDocument();
  return useMemo(() => (data ? vocabularyOf(data) : undefined), [data]);
}
