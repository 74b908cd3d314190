import {
  arrayOf,
  boolean,
  component,
  integer,
  objectSchema,
  oneOfValues,
  optional,
  text,
} from '../../http/json-schema';

/** The answers of GET /health (health.controller.ts writes them itself). */

const UNAVAILABLE = objectSchema(
  { status: oneOfValues(['unavailable']), error: text() },
  'The projections could not be read',
);

/** 200: the store answers; each projection with its position and lag. */
export const HEALTH = component(
  'Health',
  objectSchema(
    {
      status: oneOfValues(['ok']),
      store: objectSchema({
        status: oneOfValues(['up']),
        headPosition: text('The position of the last event (a decimal integer)'),
        latencyMs: integer(),
      }),
      projections: {
        oneOf: [
          arrayOf(
            objectSchema({
              name: text(),
              position: optional(integer('Absent while it serves no generation')),
              lag: optional(integer('Events behind the store')),
              building: boolean('A rebuild is under way'),
            }),
          ),
          UNAVAILABLE,
        ],
      },
    },
    'The service is up: its store answers. Lag is information, not failure.',
  ),
);

/** 503: the store does not answer. */
export const HEALTH_UNAVAILABLE = component(
  'HealthUnavailable',
  objectSchema(
    {
      status: oneOfValues(['unavailable']),
      store: objectSchema({ status: oneOfValues(['down']), error: text() }),
    },
    'The store does not answer.',
  ),
);
