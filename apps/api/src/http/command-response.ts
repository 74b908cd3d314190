import type { Response } from 'express';
import type { CommandOutcome } from '@memberflow/application';
import { etagOf } from './request-headers';

/** The answer to a command: the new state, its revision as ETag, and whether it was a replay. */
export function sendOutcome(response: Response, outcome: CommandOutcome, view: unknown): unknown {
  response.setHeader('ETag', etagOf(outcome.revision));
  if (outcome.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return view;
}
