import {
  createVietnamCalendar,
  isRejection,
  policyOn,
  todayInVietnam,
  type Decider,
  type DomainEvent,
  type Facts,
  type LocalDate,
} from '@memberflow/domain';
import { memberDecider, toMemberFacts, type MemberState } from '@memberflow/domain/member';
import { orgDecider, toOrgFacts, isEstablished, type OrgState } from '@memberflow/domain/org';
import { planDecider, planId, type PlanState } from '@memberflow/domain/plan';
import {
  isVillage,
  toVillageFacts,
  villageDecider,
  type VillageState,
} from '@memberflow/domain/village';
import type { EventStore } from '@memberflow/event-store';
import type { ProvinceCommand } from '../../../apps/cli/src/commands/demo-province';
import { appendEvents } from './events';

interface Folded<State> {
  state: State;
}

/**
 * Runs demo commands through the domain's deciders, with facts from the streams it has written, and
 * appends the events to a store: the command path without HTTP or Nest, fast enough for property tests.
 * A rejection is a bug of the script that made the command, so it throws.
 */
export class DomainCommands {
  private readonly members = new Map<string, Folded<MemberState>>();
  private readonly orgs = new Map<string, Folded<OrgState>>();
  private readonly plans = new Map<string, Folded<PlanState>>();
  private readonly villages = new Map<string, Folded<VillageState>>();
  private readonly calendar = createVietnamCalendar();
  private readonly facts: Facts = {
    member: (id) => {
      const folded = this.members.get(id);
      return folded && toMemberFacts(id, folded.state);
    },
    org: (id) => {
      const folded = this.orgs.get(id);
      if (!folded || !isEstablished(folded.state)) return undefined;
      return toOrgFacts(id, folded.state, this.ancestors(id));
    },
    village: (id) => {
      const folded = this.villages.get(id);
      return folded && isVillage(folded.state) ? toVillageFacts(id, folded.state) : undefined;
    },
  };

  constructor(
    private readonly store: EventStore,
    private readonly today: LocalDate = todayInVietnam(),
  ) {}

  async run(demo: ProvinceCommand): Promise<void> {
    switch (demo.aggregate) {
      case 'member': {
        const { command } = demo;
        const context = {
          today: this.today,
          policy: policyOn(command.occurredOn),
          calendar: this.calendar,
          facts: this.facts,
        };
        await this.decide(
          `member-${command.memberId}`,
          this.members,
          command.memberId,
          memberDecider,
          command,
          context,
        );
        return;
      }
      case 'org': {
        const { command } = demo;
        const context = {
          today: this.today,
          policy: policyOn(command.occurredOn),
          facts: this.facts,
        };
        await this.decide(
          `org-${command.orgId}`,
          this.orgs,
          command.orgId,
          orgDecider,
          command,
          context,
        );
        return;
      }
      case 'village': {
        const { command } = demo;
        await this.decide(
          `village-${command.villageId}`,
          this.villages,
          command.villageId,
          villageDecider,
          command,
          { today: this.today, facts: this.facts },
        );
        return;
      }
      case 'plan': {
        const { command } = demo;
        const id = planId(command.orgId, command.year);
        await this.decide(`plan-${id}`, this.plans, id, planDecider, command, {
          today: this.today,
          facts: this.facts,
        });
        return;
      }
    }
  }

  private async decide<Command, Event extends DomainEvent, State, Context>(
    streamId: string,
    folded: Map<string, Folded<State>>,
    id: string,
    decider: Decider<Command, Event, State, Context>,
    command: Command,
    context: Context,
  ): Promise<void> {
    const current = folded.get(id) ?? { state: decider.initialState };
    const decision = decider.decide(command, current.state, context);
    if (isRejection(decision)) {
      throw new Error(
        `${streamId}: ${JSON.stringify(command)} rejected: ${decision.rule} ${decision.message.en}`,
      );
    }
    if (decision.length === 0) return;
    await appendEvents(this.store, streamId, decision);
    folded.set(id, {
      state: decision.reduce((state, event) => decider.evolve(state, event), current.state),
    });
  }

  /** The units above, nearest first; a merged unit's line goes on through its merge target (FactsLoader). */
  private ancestors(id: string): string[] {
    const chain: string[] = [];
    const seen = new Set([id]);
    let state = this.orgs.get(id)?.state;
    const above = (unit: OrgState | undefined): string | undefined => {
      if (!unit || !isEstablished(unit)) return undefined;
      return unit.status === 'merged' && unit.mergedIntoId !== undefined
        ? unit.mergedIntoId
        : unit.parentId;
    };
    for (let next = above(state); next !== undefined && !seen.has(next); next = above(state)) {
      chain.push(next);
      seen.add(next);
      state = this.orgs.get(next)?.state;
    }
    return chain;
  }
}
