import type { Bilingual } from '@memberflow/domain';
import {
  COMMON_RULES,
  RULES,
  TRANSITIONS,
  isMemberAction,
  type RuleCode,
} from '@memberflow/domain/member';
import type { Actor, StoredEvent } from '@memberflow/event-store';
import { isLate } from './bitemporal';

/** A rule the step was checked against, with its explanation. */
export interface RuleCheck {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

/** A rule that flagged the step without forbidding it (a late step, a quota exceeded). */
export interface RuleWarningEntry {
  readonly rule: string;
  readonly message: Bilingual;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A person field a correction changed: the value before and after. Nothing is rewritten in place. */
export interface FieldChangeEntry {
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
}

/** One event as an auditor reads it: business date, record time, actor, reason, document, rules, hash. */
export interface HistoryEntry {
  readonly revision: number;
  readonly position: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The business date the officer stated (YYYY-MM-DD). */
  readonly occurredOn: string;
  /** When the store recorded it (ISO 8601 UTC). */
  readonly recordedAt: string;
  /** Recorded after the end of its business day (Vietnam time). */
  readonly late: boolean;
  readonly action?: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly documentRef?: string;
  readonly policyVersion?: string;
  /**
   * The rules the step passed. `recorded`: the codes the command path stored with the event;
   * `transition-table`: read from today's transition table for the recorded action.
   */
  readonly rulesPassed: readonly RuleCheck[];
  readonly rulesSource: 'recorded' | 'transition-table' | 'none';
  readonly warnings: readonly RuleWarningEntry[];
  /** For corrections (`DetailsCorrected`): each field with its old and new value. */
  readonly changes?: readonly FieldChangeEntry[];
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly data: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

function ruleCheck(code: string): RuleCheck {
  const explanation = (RULES as Readonly<Record<string, Bilingual | undefined>>)[code];
  return { code, vi: explanation?.vi ?? '', en: explanation?.en ?? '' };
}

function rulesOf(
  metadata: StoredEvent['metadata'],
): Pick<HistoryEntry, 'rulesPassed' | 'rulesSource'> {
  const recorded = metadata.rules;
  if (Array.isArray(recorded) && recorded.every((code) => typeof code === 'string')) {
    return { rulesPassed: recorded.map(ruleCheck), rulesSource: 'recorded' };
  }
  const action = metadata.action;
  if (typeof action === 'string' && isMemberAction(action)) {
    const codes: readonly RuleCode[] = [...COMMON_RULES, ...TRANSITIONS[action].rules];
    return { rulesPassed: codes.map(ruleCheck), rulesSource: 'transition-table' };
  }
  return { rulesPassed: [], rulesSource: 'none' };
}

function field<T>(
  data: unknown,
  name: string,
  guard: (value: unknown) => value is T,
): T | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as Record<string, unknown>)[name];
  return guard(value) ? value : undefined;
}

const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value);

export function historyEntry(event: StoredEvent): HistoryEntry {
  const { commandId, correlationId, causationId, actor, occurredOn, reason, documentRef } =
    event.metadata;
  const policyVersion = event.metadata.policyVersion;
  const action = event.metadata.action;
  const changes = field(event.data, 'changes', isArray) as FieldChangeEntry[] | undefined;
  const warnings = (field(event.data, 'warnings', isArray) ?? []) as RuleWarningEntry[];
  return {
    revision: event.revision,
    position: event.position.toString(),
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredOn,
    recordedAt: event.recordedAt,
    late: isLate(event),
    ...(typeof action === 'string' ? { action } : {}),
    actor,
    ...(reason === undefined ? {} : { reason }),
    ...(documentRef === undefined ? {} : { documentRef }),
    ...(policyVersion === undefined ? {} : { policyVersion }),
    ...rulesOf(event.metadata),
    warnings,
    ...(event.type === 'DetailsCorrected' && changes
      ? {
          changes: changes.map((c) => ({ field: c.field, old: c.old ?? null, new: c.new ?? null })),
        }
      : {}),
    commandId,
    correlationId,
    causationId,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
