import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { TRANSITIONS } from '@memberflow/domain/member';
import { MEMBER_ACTION_BODIES } from '../members/action-bodies';
import { ACTIONS_ON_A_MEMBER } from '../members/members.controller';
import { ORG_ACTION_BODIES } from '../orgs/dto';
import { ACTIONS_ON_A_UNIT } from '../orgs/orgs.controller';

type Operation = NonNullable<OpenAPIObject['paths'][string]['post']>;

/**
 * The OpenAPI document at /api/docs (UI) and /api/docs-json (api.md: complete and true). The generic
 * action routes are also spelled out one path per action, each with its own body schema, so clients
 * see exactly what every action takes.
 */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('memberflow')
    .setDescription(
      'Event-sourced workflow engine for the member lifecycle. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [...Object.values(MEMBER_ACTION_BODIES), ...Object.values(ORG_ACTION_BODIES)],
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
}
