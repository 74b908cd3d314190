import {
  anyJson,
  arrayOf,
  BILINGUAL,
  component,
  integer,
  mapOf,
  optional,
  text,
  typedObject,
} from './json-schema';
import type { FieldError, Problem } from './problem';

/** The one schema of every error answer (problem.ts, RFC 9457), as `application/problem+json`. */
export const PROBLEM_SCHEMA = component(
  'Problem',
  typedObject<Problem>()(
    {
      type: text(
        'A URI naming the problem: https://memberflow.dev/problems/ and the code',
        'https://memberflow.dev/problems/rule-violation',
      ),
      title: text('The HTTP status phrase', 'Unprocessable Content'),
      status: integer('The HTTP status'),
      detail: text('The message in English (the same as message.en)'),
      code: text('What went wrong, as a stable code: each response of an operation lists its own'),
      message: BILINGUAL,
      rule: optional(text('The rule that refused the step (422 rule_violation)', 'R-VOTE')),
      errors: optional(
        arrayOf(
          component(
            'FieldError',
            typedObject<FieldError>()({
              field: text(
                'The field by its path (person.dateOfBirth), a query parameter or a header',
              ),
              messages: arrayOf(text()),
              vi: optional(
                arrayOf(text(), 'The same messages in Vietnamese, in the same order (body fields)'),
              ),
            }),
          ),
          'Every invalid field, query parameter or header (400)',
        ),
      ),
      details: optional(
        mapOf(anyJson(), undefined, 'Figures behind the answer: a vote tally, revisions, limits'),
      ),
    },
    'An error answer (RFC 9457): its code, and its explanation in Vietnamese and English.',
  ),
);
