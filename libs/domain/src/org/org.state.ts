import type { LocalDate } from '../kernel/local-date';
import type { RatingGrade } from '../member/member.vocabulary';
import type { OrgFacts } from '../kernel/facts';
import type { OrgKind } from './org-kind';
import type { OrgAttributes, OrgEvent } from './org.events';

/** `merged` and `dissolved` units are kept for history; no action applies to them any more. */
export type OrgStatus = 'active' | 'merged' | 'dissolved';

/** A stream with no unit established yet. */
export interface NoOrgUnit {
  readonly status: 'none';
}

export interface OrgUnit {
  readonly status: OrgStatus;
  readonly kind: OrgKind;
  readonly name: string;
  readonly code: string;
  readonly parentId: string | undefined;
  readonly attributes: OrgAttributes;
  readonly admissionAuthority: boolean;
  /** Year rated → grade (the yearly quality rating of the organization). */
  readonly ratings: Readonly<Record<number, RatingGrade>>;
  readonly establishedOn: LocalDate;
  /** The date of the latest event: a later command may not be dated before it. */
  readonly lastChangedOn: LocalDate;
  readonly mergedIntoId?: string;
  /** When the unit was merged or dissolved. */
  readonly endedOn?: LocalDate;
}

export type OrgState = NoOrgUnit | OrgUnit;

export const initialOrgState: OrgState = { status: 'none' };

export function isEstablished(state: OrgState): state is OrgUnit {
  return state.status !== 'none';
}

export function evolveOrg(state: OrgState, event: OrgEvent): OrgState {
  if (event.type === 'OrgUnitEstablished') {
    const { parentId, kind, name, code, attributes } = event.data;
    return {
      status: 'active',
      kind,
      name,
      code,
      parentId,
      attributes,
      admissionAuthority: attributes.admissionAuthority === true,
      ratings: {},
      establishedOn: event.occurredOn,
      lastChangedOn: event.occurredOn,
    };
  }
  // Every other event changes an established unit; one arriving first (a damaged stream) is ignored.
  if (!isEstablished(state)) return state;
  const unit: OrgUnit = { ...state, lastChangedOn: event.occurredOn };
  switch (event.type) {
    case 'OrgUnitRenamed':
      return { ...unit, name: event.data.name, code: event.data.code };
    case 'OrgUnitMoved':
      return { ...unit, parentId: event.data.parentId };
    case 'OrgUnitMerged':
      return {
        ...unit,
        status: 'merged',
        mergedIntoId: event.data.targetId,
        endedOn: event.occurredOn,
      };
    case 'OrgUnitDissolved':
      return { ...unit, status: 'dissolved', endedOn: event.occurredOn };
    case 'AdmissionAuthorityGranted':
      return { ...unit, admissionAuthority: true };
    case 'AdmissionAuthorityRevoked':
      return { ...unit, admissionAuthority: false };
    case 'OrgRatingRecorded':
      return { ...unit, ratings: { ...unit.ratings, [event.data.year]: event.data.grade } };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * What other streams' rules may know about this unit (see kernel/facts.ts). The caller folds the
 * ancestors and passes their ids, nearest first.
 * @throws RangeError for a stream where no unit was established (callers ask only about existing units).
 */
export function toOrgFacts(id: string, state: OrgState, ancestorIds: readonly string[]): OrgFacts {
  if (!isEstablished(state))
    throw new RangeError(`organization unit ${id} has not been established`);
  return {
    id,
    kind: state.kind,
    name: state.name,
    parentId: state.parentId,
    active: state.status === 'active',
    admissionAuthority: state.admissionAuthority,
    ancestorIds,
    residential: state.attributes.residential === true,
    attributes: state.attributes,
  };
}
