import type { LocalDate } from './local-date';
import type { OrgKind } from '../org/org-kind';
import type { OrgAttributes } from '../org/org.events';

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
  /** A residential (village, neighbourhood) cell; absent where the caller does not know. */
  readonly residential?: boolean;
  /** The unit's attributes (area, zones, a direct committee's level); absent where not known. */
  readonly attributes?: OrgAttributes;
}

/** A village, hamlet or residential group of the administrative side (village/village.state.ts). */
export interface VillageFacts {
  readonly id: string;
  readonly name: string;
  /** The commune or ward it belongs to: the unit of the party tree that stands for it. */
  readonly communeId: string;
  /** The residential cell serving it, if one does. */
  readonly cellId: string | undefined;
  readonly active: boolean;
}

/**
 * The ratings recorded for a year in one grassroots organization (counted by the year rated), for the
 * excellent quota (R-RATING-QUOTA): from the stored ratings, never from figures a caller supplies.
 */
export interface RatingTally {
  /** The grassroots organization (grassroots committee or grassroots cell) the tally is of. */
  readonly organizationId: string;
  readonly year: number;
  readonly excellent: number;
  readonly good: number;
}

export interface Facts {
  member(id: string): MemberFacts | undefined;
  org(id: string): OrgFacts | undefined;
  /** Villages the command named (FactsNeeded.villages); a loader that knows none may leave it out. */
  village?(id: string): VillageFacts | undefined;
  /**
   * The ratings of a year already stored in the grassroots organization a cell belongs to
   * (FactsNeeded.ratingTallies); undefined when they cannot be known (the read model is not ready).
   */
  ratingTally?(cellId: string, year: number): RatingTally | undefined;
}

/** The ids of other streams a command's rules need facts about. */
export interface FactsNeeded {
  readonly members: readonly string[];
  readonly orgs: readonly string[];
  /** Villages (`village-<id>` streams); their communes are loaded as units too. */
  readonly villages?: readonly string[];
  /** The stored ratings of a year in the grassroots organization of a cell. */
  readonly ratingTallies?: readonly { readonly cellId: string; readonly year: number }[];
}
