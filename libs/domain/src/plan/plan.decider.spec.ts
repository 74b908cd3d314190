import { fold } from '../kernel/decider';
import type { Facts, OrgFacts } from '../kernel/facts';
import { isRejection } from '../kernel/rejection';
import {
  planDecider,
  planFactsNeeded,
  planId,
  type PlanCommand,
  type PlanEvent,
  type PlanRule,
} from './plan.decider';

const TODAY = '2026-11-28';

const units: Record<string, OrgFacts> = {
  g: {
    id: 'g',
    kind: 'grassroots_committee',
    name: 'Đảng bộ xã A',
    parentId: 'p',
    active: true,
    admissionAuthority: false,
    ancestorIds: ['p'],
  },
  old: {
    id: 'old',
    kind: 'direct_committee',
    name: 'Huyện ủy B',
    parentId: 'p',
    active: false,
    admissionAuthority: false,
    ancestorIds: ['p'],
  },
};
const facts: Facts = { member: () => undefined, org: (id) => units[id] };

const setTarget = (
  target: number,
  occurredOn = '2026-01-15',
  year = 2026,
  orgId = 'g',
): PlanCommand => ({
  action: 'set-target',
  orgId,
  year,
  occurredOn,
  payload: { target },
});

const targetSet = (
  target: number,
  occurredOn = '2026-01-15',
  previousTarget?: number,
): PlanEvent => ({
  type: 'AdmissionTargetSet',
  occurredOn,
  data: {
    orgId: 'g',
    year: 2026,
    target,
    ...(previousTarget === undefined ? {} : { previousTarget }),
  },
});

function given(...history: PlanEvent[]) {
  return {
    when(command: PlanCommand) {
      const decision = planDecider.decide(command, fold(planDecider, history), {
        today: TODAY,
        facts,
      });
      return {
        then: (...expected: PlanEvent[]) => expect(decision).toEqual(expected),
        rejectedBy: (rule: PlanRule) =>
          expect(isRejection(decision) ? decision.rule : decision).toBe(rule),
      };
    },
  };
}

describe('admission plan', () => {
  it('sets a unit’s target for the year', () => {
    given().when(setTarget(40)).then(targetSet(40));
  });

  it('revises the target, recording the one it replaces', () => {
    given(targetSet(40))
      .when(setTarget(45, '2026-06-30'))
      .then(targetSet(45, '2026-06-30', 40));
    expect(fold(planDecider, [targetSet(40), targetSet(45, '2026-06-30', 40)])).toEqual({
      orgId: 'g',
      year: 2026,
      target: 45,
      lastChangedOn: '2026-06-30',
    });
  });

  it('sets next year’s target late in this year', () => {
    given()
      .when(setTarget(50, '2025-12-20', 2026))
      .then(targetSet(50, '2025-12-20'));
  });

  it('records a past year’s plan (history)', () => {
    const command = setTarget(30, '2026-01-15', 2022);
    const decision = planDecider.decide(command, planDecider.initialState, { today: TODAY, facts });
    expect(decision).toEqual([
      {
        type: 'AdmissionTargetSet',
        occurredOn: '2026-01-15',
        data: { orgId: 'g', year: 2022, target: 30 },
      },
    ]);
  });

  it.each([0, -3, 2.5, Number.NaN])(
    'rejects a target that is not a positive whole number: %p',
    (target) => {
      given().when(setTarget(target)).rejectedBy('R-PLAN-TARGET');
    },
  );

  it.each([2028, 1929, 2026.5])('rejects a year that is not sensible: %p', (year) => {
    given()
      .when(setTarget(10, '2026-01-15', year))
      .rejectedBy('R-PLAN-YEAR');
  });

  it('rejects an unknown or inactive unit', () => {
    given()
      .when(setTarget(10, '2026-01-15', 2026, 'nowhere'))
      .rejectedBy('R-ORG-UNKNOWN');
    given()
      .when(setTarget(10, '2026-01-15', 2026, 'old'))
      .rejectedBy('R-ORG-INACTIVE');
  });

  it('rejects a date that does not exist, a future date and a date before the last revision', () => {
    given().when(setTarget(10, '2026-02-30')).rejectedBy('R-DATE-VALID');
    given().when(setTarget(10, '2026-12-01')).rejectedBy('R-DATE-FUTURE');
    given(targetSet(40, '2026-03-01')).when(setTarget(45, '2026-02-01')).rejectedBy('R-DATE-ORDER');
  });

  it('rejects setting the same target again', () => {
    given(targetSet(40)).when(setTarget(40, '2026-02-01')).rejectedBy('R-PLAN-UNCHANGED');
  });

  it('rejects a command for another unit or year than the stream’s', () => {
    given(targetSet(40))
      .when(setTarget(40, '2026-02-01', 2025))
      .rejectedBy('R-PLAN-STREAM');
  });

  it('needs the facts of its unit, and names its stream by unit and year', () => {
    expect(planFactsNeeded(setTarget(40))).toEqual({ members: [], orgs: ['g'] });
    expect(planId('g', 2026)).toBe('g-2026');
  });
});
