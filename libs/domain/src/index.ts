/**
 * The domain's shared vocabulary. Each aggregate is imported by its own path
 * (`@memberflow/domain/member`, `@memberflow/domain/org`, `@memberflow/domain/plan`): their deciders use
 * the same function names (`factsNeeded`, ...) by design.
 */
export * from './kernel';
export * from './policy';
export * from './calendar';
export * from './org/org-kind';
