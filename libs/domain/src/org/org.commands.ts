import type { Facts } from '../kernel/facts';
import type { LocalDate } from '../kernel/local-date';
import type { RatingGrade } from '../member/member.vocabulary';
import type { Policy } from '../policy/policy';
import type { OrgKind } from './org-kind';
import type { OrgAttributes } from './org.events';

/** The actions of `POST /api/orgs` and `POST /api/orgs/{id}/actions/{action}` (api.md). */
export const ORG_ACTIONS = [
  'establish',
  'rename',
  'move',
  'merge-into',
  'dissolve',
  'grant-admission-authority',
  'revoke-admission-authority',
  'record-rating',
] as const;

export type OrgAction = (typeof ORG_ACTIONS)[number];

export interface EstablishPayload {
  /** Omitted for a root unit (a province, or central in a national deployment). */
  readonly parentId?: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly code: string;
  readonly attributes: OrgAttributes;
}

export interface RenamePayload {
  readonly name: string;
  /** A new code too, when the renaming changes it; the code stays otherwise. */
  readonly code?: string;
}

export interface MovePayload {
  /** The new parent. */
  readonly parentId: string;
}

export interface MergeIntoPayload {
  readonly targetId: string;
}

/** The yearly quality rating of the unit, by the superior committee's decision. */
export interface RecordOrgRatingPayload {
  readonly year: number;
  readonly grade: RatingGrade;
  /** Out of 100; required when the rated year is scored (QĐ 366, from the ratings of 2025). */
  readonly score?: number;
  /** The decision recording the rating, e.g. `15-QĐ/HU`. */
  readonly decisionNo: string;
}

type NoPayload = Readonly<Record<string, never>>;

export interface OrgPayloads {
  establish: EstablishPayload;
  rename: RenamePayload;
  move: MovePayload;
  'merge-into': MergeIntoPayload;
  dissolve: NoPayload;
  'grant-admission-authority': NoPayload;
  'revoke-admission-authority': NoPayload;
  'record-rating': RecordOrgRatingPayload;
}

export interface OrgCommandOf<Action extends OrgAction> {
  readonly action: Action;
  readonly orgId: string;
  /** The business date the officer states; never in the future, never before the unit's last event. */
  readonly occurredOn: LocalDate;
  readonly payload: OrgPayloads[Action];
  readonly reason?: string;
  /** The decision number, e.g. `125-QĐ/TU`. */
  readonly documentRef?: string;
}

export type OrgCommand = { [Action in OrgAction]: OrgCommandOf<Action> }[OrgAction];

export interface OrgContext {
  readonly today: LocalDate;
  /** The policy version in force on the command's `occurredOn`. */
  readonly policy: Policy;
  readonly facts: Facts;
}
