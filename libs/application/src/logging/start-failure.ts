/**
 * Failures an operator causes and fixes (a store that cannot be reached, a bad setting, a data directory
 * that cannot be written): their message says what to do, and a stack would only bury it.
 */
const OPERATOR_FAILURES = new Set([
  'StoreUnavailableError',
  'DataDirError',
  'DeploymentSecretError',
  'ConfigError',
  'EventStoreUrlError',
  'ReadDbUrlError',
]);

/** What a process prints when it cannot start: the message alone, or the stack of a failure of ours. */
export function startFailureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return OPERATOR_FAILURES.has(error.name) ? error.message : (error.stack ?? error.message);
}
