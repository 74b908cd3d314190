import type { LocalDate } from './local-date';
import type { OrgKind } from '../org/org-kind';

/**
 * What a rule may know about other streams than the one being decided (an introducer is an official
 * member; the deciding unit holds admission authority; the cell is active). The command handler loads
 * these before deciding, so deciders stay pure and synchronous.
 */
export interface MemberFacts {
  readonly id: string;
  /** The member's stage name (see member/stages.ts). */
  readonly stage: string;
  readonly cellId: string | undefined;
  /** When the member became official (end of probation), if they are. */
  readonly officialSince: LocalDate | undefined;
}

export interface OrgFacts {
  readonly id: string;
  readonly kind: OrgKind;
  readonly name: string;
  readonly parentId: string | undefined;
  readonly active: boolean;
  readonly admissionAuthority: boolean;
  /** Ids of the unit's ancestors, nearest first (parent, grandparent, ... root). */
  readonly ancestorIds: readonly string[];
}

export interface Facts {
  member(id: string): MemberFacts | undefined;
  org(id: string): OrgFacts | undefined;
}

/** The ids of other streams a command's rules need facts about. */
export interface FactsNeeded {
  readonly members: readonly string[];
  readonly orgs: readonly string[];
}
