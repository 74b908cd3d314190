/**
 * The member rules, by phase of the lifecycle (domain.md §2). Every action checks those of common.ts
 * first; the transition table names the others each action checks.
 */
export { RULES, RULE_CODES, type RuleCode } from './codes';
export * from './common';
export * from './votes';
export * from './admission';
export * from './probation';
export * from './life';
export * from './exit';
export * from './authority';
export * from './positions';
