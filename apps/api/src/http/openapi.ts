import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  getSchemaPath,
  SwaggerModule,
  type OpenAPIObject,
  type ParameterObject,
  type ResponseObject,
} from '@nestjs/swagger';
import { ADMIN_ACCOUNT_ACTIONS } from '@memberflow/domain/account';
import { TRANSITIONS } from '@memberflow/domain/member';
import { MEDIA_TYPE_XLSX, SESSION_COOKIE } from '@memberflow/application';
import { ACCOUNT_ACTION_BODIES } from '../accounts/dto/account.dto';
import { MEMBER_ACTION_BODIES } from '../members/action-bodies';
import { ACTIONS_ON_A_MEMBER } from '../members/members.controller';
import { ORG_ACTION_BODIES } from '../orgs/dto';
import { ACTIONS_ON_A_UNIT } from '../orgs/orgs.controller';
import { VILLAGE_ACTION_BODIES } from '../villages/dto/village-bodies';
import { ACTIONS_ON_A_VILLAGE } from '../villages/villages.controller';
import { responseComponents } from './json-schema';
import {
  ANSWER_HEADERS,
  KIND_EXTENSION,
  PROBLEMS_EXTENSION,
  type OperationKind,
} from './operation-docs';
import { PROBLEMS, type ProblemCode } from './problem-catalogue';
import { PROBLEM_SCHEMA } from './problem.schema';
import { labelVocabulary } from './vocabulary';

type Operation = NonNullable<OpenAPIObject['paths'][string]['post']>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The OpenAPI document at /api/docs (UI) and /api/docs-json (api.md: complete and true). The generic
 * action routes are also spelled out one path per action, each with its own body schema, so clients
 * see exactly what every action takes. Every operation lists the problems it can answer (by its kind,
 * see {@link problemsOf}) and the schema of each of its answers.
 */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('memberflow')
    .setDescription(
      'Event-sourced workflow engine for the member lifecycle. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'The session of a signed-in person (POST /api/session); a write also sends X-CSRF-Token (ADR 0015)',
      },
      SESSION_SECURITY,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [
      ...Object.values(MEMBER_ACTION_BODIES),
      ...Object.values(ORG_ACTION_BODIES),
      ...Object.values(ACCOUNT_ACTION_BODIES),
      ...Object.values(VILLAGE_ACTION_BODIES),
    ],
  });
  spellOutActions(
    document,
    '/api/members/{id}/actions/{action}',
    ACTIONS_ON_A_MEMBER,
    MEMBER_ACTION_BODIES,
    (action) => `${TRANSITIONS[action].label.en} (${TRANSITIONS[action].label.vi})`,
  );
  spellOutActions(
    document,
    '/api/orgs/{id}/actions/{action}',
    ACTIONS_ON_A_UNIT,
    ORG_ACTION_BODIES,
    (action) => action,
  );
  spellOutActions(
    document,
    '/api/villages/{id}/actions/{action}',
    ACTIONS_ON_A_VILLAGE,
    VILLAGE_ACTION_BODIES,
    (action) => action,
  );
  spellOutActions(
    document,
    '/api/accounts/{username}/actions/{action}',
    ADMIN_ACCOUNT_ACTIONS,
    ACCOUNT_ACTION_BODIES,
    (action) => action,
  );
  addResponseSchemas(document);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) item[method] = documentAnswers(path, withSessions(operation), method);
    }
  }
  labelVocabulary(document); // the domain's labels of enum values, for the console (vocabulary.ts)
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

function spellOutActions<Action extends string>(
  document: OpenAPIObject,
  genericPath: string,
  actions: readonly Action[],
  bodies: Readonly<Record<Action, new () => object>>,
  summary: (action: Action) => string,
): void {
  const generic = document.paths[genericPath]?.post;
  if (!generic) throw new Error(`OpenAPI: no route ${genericPath}`);
  for (const action of actions) {
    const path = genericPath.replace('{action}', action);
    const operation: Operation = {
      ...generic,
      operationId: `${generic.operationId ?? 'act'}_${action}`,
      summary: summary(action),
      parameters: (generic.parameters ?? []).filter((p) => !('name' in p) || p.name !== 'action'),
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: getSchemaPath(bodies[action]) } } },
      },
    };
    document.paths[path] = { post: operation };
  }
  // The generic route takes the body of the action its path names: one of them.
  generic.requestBody = {
    required: true,
    description: 'The body of the action named in the path (the spelled-out routes say which)',
    content: {
      'application/json': {
        schema: { oneOf: actions.map((action) => ({ $ref: getSchemaPath(bodies[action]) })) },
      },
    },
  };
}

/** The name of the session cookie's security scheme in the document. */
const SESSION_SECURITY = 'session';

/** Every route that takes a bearer token takes a session cookie instead (auth/auth.guard.ts). */
function withSessions(operation: Operation): Operation {
  const security = operation.security ?? [];
  if (!security.some((requirement) => 'bearer' in requirement)) return operation;
  return { ...operation, security: [...security, { [SESSION_SECURITY]: [] }] };
}

/** The answers' schemas (json-schema.ts `component`) beside the request bodies Nest listed. */
function addResponseSchemas(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ?? {};
  for (const [name, schema] of responseComponents()) {
    if (schemas[name] !== undefined) throw new Error(`OpenAPI: two schemas named ${name}`);
    schemas[name] = schema;
  }
  document.components.schemas = schemas;
}

/**
 * The problems each kind of operation can answer beyond what the document itself tells (see
 * {@link problemsOf}): the command path's refusals (refusal-problem.ts), the scope checks of readers and
 * queries, the read models' errors (queries/read-model-errors.interceptor.ts).
 */
const PROBLEMS_OF_KIND: Readonly<Record<OperationKind, readonly ProblemCode[]>> = {
  command: ['out_of_scope', 'concurrent_write', 'rule_violation', 'idempotency_key_reused'],
  'creating-command': [
    'out_of_scope',
    'concurrent_write',
    'rule_violation',
    'idempotency_key_reused',
  ],
  // Each row's refusal (403, 404, 409, 412, 422) is in the answer; only the whole request's are here.
  'batch-command': [],
  'scoped-read': ['out_of_scope'],
  // A unit named by `orgId` (or the token's own) may not exist; the read models may be being created.
  query: ['out_of_scope', 'not_found', 'read_model_not_ready'],
  'whole-deployment': ['out_of_scope'],
  'unscoped-read': [],
  session: [],
};

/** Kinds whose answers carry the record's revision and say when they replay a retried command. */
const COMMAND_KINDS: readonly OperationKind[] = ['command', 'creating-command'];

/**
 * The problems an operation can answer: its kind's, and what its own description tells.
 * - every operation: the rate limits (a global guard ahead of the others, security/rate-limit.ts), the
 *   request timeout and store outages (security/request-policy.interceptor.ts), unless it answers
 *   those itself with a 503 of its own;
 * - a bearer token: 401 and the role check (auth/auth.guard.ts);
 * - a body: validation (http/validate-body.ts, security/json-guard.ts) and the body parser (bootstrap.ts);
 * - query parameters: their parsing (queries/query-params.ts, audit/history-query.ts); `q`: the
 *   analysts' identifier search (security/person-data.ts);
 * - If-Match and Idempotency-Key: their syntax (http/request-headers.ts); If-Match: a stale revision;
 * - a path naming what the operation looks up: 404, unless the operation creates it; a numeric path
 *   parameter: its parsing (ParseIntPipe); a path naming the action: an unknown action (action-route.ts).
 */
function problemsOf(operation: Operation, method: string): ProblemCode[] {
  const kind = operationKind(operation);
  const parameters = (operation.parameters ?? []).filter(
    (parameter): parameter is ParameterObject => 'in' in parameter,
  );
  const named = (where: string) =>
    parameters.filter((parameter) => parameter.in === where).map((parameter) => parameter.name);
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const codes: ProblemCode[] = [];
  const when = (condition: boolean, ...more: ProblemCode[]) => {
    if (condition) codes.push(...more);
  };
  when(kind !== undefined, 'unauthenticated');
  // A session's role may not call it, or its password was reset (the session's own routes excepted).
  when(kind !== undefined && kind !== 'session', 'forbidden_role', 'password_change_required');
  // A write with a session cookie needs its CSRF token (auth/auth.guard.ts).
  when(kind !== undefined && method !== 'get', 'csrf_failed');
  when(
    operation.requestBody !== undefined,
    'invalid_body',
    'malformed_json',
    'body_too_large',
    'unsupported_media_type',
  );
  when(named('query').length > 0, 'invalid_query');
  when(named('query').includes('q'), 'identifier_search_forbidden');
  when(
    named('header').some((name) => name === 'If-Match' || name === 'Idempotency-Key'),
    'invalid_header',
  );
  when(named('header').includes('If-Match'), 'stale_revision');
  when(
    pathParameters.some((parameter) => {
      const type = parameter.schema && 'type' in parameter.schema ? parameter.schema.type : '';
      return type === 'number' || type === 'integer';
    }),
    'http_error',
  );
  when(pathParameters.length > 0 && kind !== 'creating-command', 'not_found');
  when(named('path').includes('action'), 'unknown_action');
  codes.push(...(kind === undefined ? [] : PROBLEMS_OF_KIND[kind]));
  codes.push(...ownProblems(operation));
  codes.push('too_many_requests', 'request_timeout');
  // An operation documenting a 503 of its own (GET /health) answers the store's outages itself.
  when(operation.responses['503'] === undefined, 'store_unavailable');
  return [...new Set(codes)];
}

/** The problems an operation states of its own (`@ApiProblems`). */
function ownProblems(operation: Operation): ProblemCode[] {
  const codes = (operation as unknown as Record<string, unknown>)[PROBLEMS_EXTENSION];
  return Array.isArray(codes) ? (codes as ProblemCode[]) : [];
}

function operationKind(operation: Operation): OperationKind | undefined {
  const kind = (operation as unknown as Record<string, unknown>)[KIND_EXTENSION] as
    OperationKind | undefined;
  const secured = (operation.security ?? []).length > 0;
  if (secured && kind === undefined)
    throw new Error(`OpenAPI: ${operation.operationId} needs a bearer token but states no kind`);
  if (!secured && kind !== undefined)
    throw new Error(`OpenAPI: ${operation.operationId} is public but states a kind`);
  return kind;
}

/** The operation with its problem answers, and the headers and text bodies of its success answers. */
function documentAnswers(path: string, operation: Operation, method: string): Operation {
  const responses = { ...operation.responses };
  const kind = operationKind(operation);
  for (const [status, answer] of Object.entries(responses)) {
    if (!status.startsWith('2') || answer === undefined || '$ref' in answer) continue;
    responses[status] = successAnswer(answer, kind !== undefined && COMMAND_KINDS.includes(kind));
  }
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of problemsOf(operation, method)) {
    const { status } = PROBLEMS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const existing = responses[status];
    const problem = problemAnswer(path, codes);
    responses[status] =
      existing === undefined || '$ref' in existing
        ? problem
        : {
            ...existing,
            description: `${existing.description}. Or a problem: ${problem.description}`,
            headers: { ...existing.headers, ...problem.headers },
            content: { ...existing.content, ...problem.content },
          };
  }
  return { ...operation, responses };
}

/** A 2xx answer: text bodies (CSV, metrics) are text, workbooks binary; a command's carries its revision. */
function successAnswer(answer: ResponseObject, command: boolean): ResponseObject {
  const content = Object.fromEntries(
    Object.entries(answer.content ?? {}).map(([type, media]) => [
      type,
      type.startsWith('text/')
        ? { schema: { type: 'string' } }
        : type === MEDIA_TYPE_XLSX
          ? { schema: { type: 'string', format: 'binary' } }
          : media,
    ]),
  );
  return {
    ...answer,
    ...(answer.content === undefined ? {} : { content }),
    ...(command
      ? { headers: { ...ANSWER_HEADERS.etag, ...ANSWER_HEADERS.replayed, ...answer.headers } }
      : {}),
  };
}

/** One status's problem answer: each code with when it comes, and an example of each. */
function problemAnswer(path: string, codes: readonly ProblemCode[]): ResponseObject {
  const status = PROBLEMS[codes[0]].status;
  // A lock (423), a rate limit (429) and an outage (503) say when to try again.
  const retry = status === 423 || status === 429 || status === 503;
  return {
    description: codes.map((code) => `\`${code}\`: ${PROBLEMS[code].when}`).join('; '),
    ...(retry ? { headers: { ...ANSWER_HEADERS.retryAfter } } : {}),
    content: {
      'application/problem+json': {
        schema: PROBLEM_SCHEMA,
        examples: Object.fromEntries(
          codes.map((code) => {
            const { example, when } = PROBLEMS[code];
            return [
              code,
              { summary: when, value: typeof example === 'function' ? example(path) : example },
            ];
          }),
        ),
      },
    },
  };
}
