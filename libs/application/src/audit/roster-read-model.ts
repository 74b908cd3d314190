import type { MembersQueries } from '@memberflow/projections';
import type { MemberView } from '../readers/member.reader';
import type { MemberReadModel } from './replay';

/**
 * The roster projection as `replay` reads it: the member row's state and the stream revision it
 * reflects, compared with the member folded from its stream by this build's decider.
 */
export class RosterReadModel implements MemberReadModel {
  readonly name = 'the roster read model (member_roster)';

  constructor(private readonly members: MembersQueries) {}

  async read(memberId: string): Promise<Readonly<Record<string, unknown>> | undefined> {
    const record = await this.members.member(memberId);
    return record && { revision: record.revision, ...record.state };
  }

  expected(view: MemberView): Readonly<Record<string, unknown>> {
    const { id: _id, availableActions: _actions, ...state } = view;
    return state;
  }
}
