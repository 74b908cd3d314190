import type { Response } from 'express';
import type { CommandOutcome } from '@memberflow/application';
import { etagOf } from './request-headers';

/** The answer to a command: the new state, its revision as ETag, and whether it was a replay. */
export function sendOutcome(response: Response, outcome: CommandOutcome, view: unknown): unknown {
  response.setHeader('ETag', etagOf(outcome.revision));
  if (outcome.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return view;
}

/** The answer to a command that creates a record: 201 with its Location, or 200 for a retry. */
export function sendCreated(
  response: Response,
  outcome: CommandOutcome,
  location: string,
  view: unknown,
): unknown {
  response.status(outcome.replayed ? 200 : 201).setHeader('Location', location);
  return sendOutcome(response, outcome, view);
}
