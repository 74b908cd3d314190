import type { Decider, Decision, DomainEvent } from '../kernel/decider';
import type { Facts, FactsNeeded } from '../kernel/facts';
import { checkCommandDate, checkDateOrder } from '../kernel/command-date';
import { formatDateVi, yearOf, type LocalDate } from '../kernel/local-date';
import { DATE_RULE_CODES, reject, type Rejection } from '../kernel/rejection';

/**
 * An admission plan: per unit and year, the number of new members targeted (domain.md §1), which
 * analysts compare admissions against ("1.022 new members, 102% of plan"). One stream per unit and year.
 */

export const PLAN_ACTIONS = ['set-target'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** The first year a plan may be recorded for: the Party was founded in 1930. */
export const FIRST_PLAN_YEAR = 1930;

export interface SetTargetPayload {
  /** New members targeted in the year: a positive whole number. */
  readonly target: number;
}

export interface PlanCommand {
  readonly action: 'set-target';
  readonly orgId: string;
  readonly year: number;
  /** The business date the plan was set or revised on; never in the future. */
  readonly occurredOn: LocalDate;
  readonly payload: SetTargetPayload;
  readonly reason?: string;
  /** The resolution or decision setting the plan. */
  readonly documentRef?: string;
}

/** Setting a target again revises it; the event keeps the target it replaces. */
export type AdmissionTargetSet = DomainEvent<
  'AdmissionTargetSet',
  { orgId: string; year: number; target: number; previousTarget?: number }
>;
export type PlanEvent = AdmissionTargetSet;
export const PLAN_EVENT_TYPES: readonly PlanEvent['type'][] = ['AdmissionTargetSet'];

export interface PlanState {
  readonly orgId: string | undefined;
  readonly year: number | undefined;
  readonly target: number | undefined;
  readonly lastChangedOn: LocalDate | undefined;
}

export interface PlanContext {
  readonly today: LocalDate;
  readonly facts: Facts;
}

export const PLAN_RULES = [
  ...DATE_RULE_CODES,
  'R-ORG-UNKNOWN',
  'R-ORG-INACTIVE',
  'R-PLAN-YEAR',
  'R-PLAN-TARGET',
  'R-PLAN-STREAM',
  'R-PLAN-UNCHANGED',
] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** The id of a plan's stream (`plan-<planId>`): the unit and the year. */
export function planId(orgId: string, year: number): string {
  return `${orgId}-${year}`;
}

/** The unit must exist and be active; the caller's scope must cover it. */
export function planFactsNeeded(command: PlanCommand): FactsNeeded {
  return { members: [], orgs: [command.orgId] };
}

export const initialPlanState: PlanState = {
  orgId: undefined,
  year: undefined,
  target: undefined,
  lastChangedOn: undefined,
};

/** Each setting replaces the previous one entirely. */
export function evolvePlan(_state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'AdmissionTargetSet':
      return {
        orgId: event.data.orgId,
        year: event.data.year,
        target: event.data.target,
        lastChangedOn: event.occurredOn,
      };
    default: {
      const unknown: never = event.type;
      return unknown;
    }
  }
}

function rejectPlan(
  rule: PlanRule,
  vi: string,
  en: string,
  details?: Record<string, unknown>,
): Rejection {
  return reject(rule, { vi, en }, details);
}

function checkDate(date: LocalDate, state: PlanState, today: LocalDate): Rejection | undefined {
  return (
    checkCommandDate(date, today) ??
    checkDateOrder(date, state.lastChangedOn, {
      vi: 'lần đặt kế hoạch gần nhất',
      en: 'the latest setting of the plan',
    })
  );
}

/** A plan may be recorded for any past year (history) and for the next year at the latest. */
function checkYear(year: number, occurredOn: LocalDate): Rejection | undefined {
  const latest = yearOf(occurredOn) + 1;
  if (Number.isInteger(year) && year >= FIRST_PLAN_YEAR && year <= latest) return undefined;
  return rejectPlan(
    'R-PLAN-YEAR',
    `Năm kế hoạch ${year} không hợp lệ: từ ${FIRST_PLAN_YEAR} đến ${latest} (năm sau ngày ${formatDateVi(occurredOn)})`,
    `Plan year ${year} is not valid: from ${FIRST_PLAN_YEAR} to ${latest} (the year after ${occurredOn})`,
    { year, latest },
  );
}

function checkTarget(target: number): Rejection | undefined {
  if (Number.isInteger(target) && target > 0) return undefined;
  return rejectPlan(
    'R-PLAN-TARGET',
    `Chỉ tiêu kết nạp phải là số nguyên dương (${target})`,
    `The admission target must be a positive whole number (${target})`,
    { target },
  );
}

function checkUnit(orgId: string, facts: Facts): Rejection | undefined {
  const unit = facts.org(orgId);
  if (unit === undefined) {
    return rejectPlan('R-ORG-UNKNOWN', `Không có đơn vị ${orgId}`, `There is no unit ${orgId}`, {
      orgId,
    });
  }
  if (!unit.active) {
    return rejectPlan(
      'R-ORG-INACTIVE',
      `Đơn vị ${unit.name} không còn hoạt động`,
      `Unit ${unit.name} is no longer active`,
      { orgId },
    );
  }
  return undefined;
}

/** A stream holds one unit's plan for one year; a command naming another is a routing mistake. */
function checkStream(command: PlanCommand, state: PlanState): Rejection | undefined {
  if (state.orgId === undefined || (state.orgId === command.orgId && state.year === command.year))
    return undefined;
  return rejectPlan(
    'R-PLAN-STREAM',
    `Kế hoạch này thuộc đơn vị ${state.orgId} năm ${state.year}`,
    `This plan belongs to unit ${state.orgId}, year ${state.year}`,
    { orgId: state.orgId, year: state.year },
  );
}

function setTarget(
  command: PlanCommand,
  state: PlanState,
  context: PlanContext,
): Decision<PlanEvent> {
  const { orgId, year, occurredOn } = command;
  const target = command.payload.target;
  const problem =
    checkDate(occurredOn, state, context.today) ??
    checkStream(command, state) ??
    checkYear(year, occurredOn) ??
    checkTarget(target) ??
    checkUnit(orgId, context.facts);
  if (problem) return problem;
  if (state.target === target) {
    return rejectPlan(
      'R-PLAN-UNCHANGED',
      `Chỉ tiêu năm ${year} đã là ${target}`,
      `The ${year} target is already ${target}`,
      { target },
    );
  }
  return [
    {
      type: 'AdmissionTargetSet',
      occurredOn,
      data: {
        orgId,
        year,
        target,
        ...(state.target === undefined ? {} : { previousTarget: state.target }),
      },
    },
  ];
}

export function decidePlan(
  command: PlanCommand,
  state: PlanState,
  context: PlanContext,
): Decision<PlanEvent> {
  switch (command.action) {
    case 'set-target':
      return setTarget(command, state, context);
    default: {
      const unknown: never = command.action;
      return unknown;
    }
  }
}

export const planDecider: Decider<PlanCommand, PlanEvent, PlanState, PlanContext> = {
  initialState: initialPlanState,
  evolve: evolvePlan,
  decide: decidePlan,
};
