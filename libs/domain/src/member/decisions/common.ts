import type { Decision } from '../../kernel/decider';
import type { LocalDate } from '../../kernel/local-date';
import type { Bilingual } from '../../kernel/rejection';
import type { MemberCommandOf, MemberContext } from '../member.commands';
import type { MemberEvent, MemberEventOf, MemberEventType, RuleWarning } from '../member.events';
import type { MemberState } from '../member.state';
import type { Person } from '../person';
import type { MemberAction } from '../transitions';

/** How one action decides, once the checks every command passes are done. */
export type Decide<Action extends MemberAction> = (
  command: MemberCommandOf<Action>,
  state: MemberState,
  context: MemberContext,
) => Decision<MemberEvent>;

/** One decision per action: the compiler asks for the decision of an action added to the table. */
export type Decisions = { readonly [Action in MemberAction]: Decide<Action> };

/** The event, without the optional fields left undefined (they would only clutter the stored JSON). */
export function event<Type extends MemberEventType>(
  type: Type,
  occurredOn: LocalDate,
  data: MemberEventOf<Type>['data'],
): MemberEventOf<Type> {
  const defined = Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined),
  );
  return { type, occurredOn, data: defined } as MemberEventOf<Type>;
}

export function warnings(...found: (RuleWarning | undefined)[]): RuleWarning[] {
  return found.filter((warning): warning is RuleWarning => warning !== undefined);
}

/** Every stage past `new` has a person; a state without one is a programming error. */
export function personOf(state: MemberState): Person {
  if (!state.person) throw new Error('member state without person data past the new stage');
  return state.person;
}

export const what = (vi: string, en: string): Bilingual => ({ vi, en });
