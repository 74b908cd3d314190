import type { OrgAction, OrgCommand, OrgPayloads } from '@memberflow/domain/org';
import { EstablishOrgDto } from './establish-org.dto';
import {
  DissolveOrgDto,
  GrantAdmissionAuthorityDto,
  MergeOrgIntoDto,
  MoveOrgDto,
  RecordOrgRatingDto,
  RenameOrgDto,
  RevokeAdmissionAuthorityDto,
} from './org-action.dto';

/** The body of each organization action. */
export interface OrgActionBodies {
  establish: EstablishOrgDto;
  rename: RenameOrgDto;
  move: MoveOrgDto;
  'merge-into': MergeOrgIntoDto;
  dissolve: DissolveOrgDto;
  'grant-admission-authority': GrantAdmissionAuthorityDto;
  'revoke-admission-authority': RevokeAdmissionAuthorityDto;
  'record-rating': RecordOrgRatingDto;
}

/**
 * The DTO class validating each action's body: `POST /api/orgs` takes `establish`,
 * `POST /api/orgs/{id}/actions/{action}` the others.
 */
export const ORG_ACTION_BODIES: {
  readonly [Action in OrgAction]: new () => OrgActionBodies[Action];
} = {
  establish: EstablishOrgDto,
  rename: RenameOrgDto,
  move: MoveOrgDto,
  'merge-into': MergeOrgIntoDto,
  dissolve: DissolveOrgDto,
  'grant-admission-authority': GrantAdmissionAuthorityDto,
  'revoke-admission-authority': RevokeAdmissionAuthorityDto,
  'record-rating': RecordOrgRatingDto,
};

const PAYLOAD_OF: {
  readonly [Action in OrgAction]: (body: OrgActionBodies[Action]) => OrgPayloads[Action];
} = {
  establish: ({ parentId, kind, name, code, attributes }) => ({
    ...(parentId === undefined ? {} : { parentId }),
    kind,
    name,
    code,
    attributes: {
      area: attributes.area,
      ...(attributes.residential === undefined ? {} : { residential: attributes.residential }),
      ...(attributes.admissionAuthority === undefined
        ? {}
        : { admissionAuthority: attributes.admissionAuthority }),
      ...(attributes.level === undefined ? {} : { level: attributes.level }),
      ...(attributes.zones === undefined ? {} : { zones: [...new Set(attributes.zones)] }),
    },
  }),
  rename: ({ name, code }) => (code === undefined ? { name } : { name, code }),
  move: ({ parentId }) => ({ parentId }),
  'merge-into': ({ targetId }) => ({ targetId }),
  dissolve: () => ({}),
  'grant-admission-authority': () => ({}),
  'revoke-admission-authority': () => ({}),
  'record-rating': ({ year, grade, score, decisionNo }) =>
    score === undefined ? { year, grade, decisionNo } : { year, grade, score, decisionNo },
};

/** The domain command for a validated body (for `establish`, `orgId` is the body's id or a generated one). */
export function orgCommandFrom<Action extends OrgAction>(
  action: Action,
  orgId: string,
  body: OrgActionBodies[Action],
): OrgCommand {
  const payload = PAYLOAD_OF[action](body);
  // The table pairs each action with its payload, which TypeScript cannot follow through a generic key.
  return {
    action,
    orgId,
    occurredOn: body.occurredOn,
    payload,
    ...(body.reason === undefined ? {} : { reason: body.reason }),
    ...(body.documentRef === undefined ? {} : { documentRef: body.documentRef }),
  } as OrgCommand;
}
