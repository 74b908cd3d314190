import type { VillageView } from '@memberflow/application';
import { VILLAGE_KINDS } from '@memberflow/domain/village';
import {
  component,
  integer,
  localDate,
  nullable,
  oneOfValues,
  optional,
  text,
  typedObject,
} from '../../http/json-schema';

const NAMED_UNIT = typedObject<VillageView['commune']>()({
  id: text(),
  name: nullable(text('null when the organization does not know the unit')),
});

/** A village as GET /api/villages/{id} and every command on a village answer it. */
export const VILLAGE_VIEW = component(
  'VillageView',
  typedObject<VillageView>()(
    {
      id: text(undefined, 'thon-dong'),
      revision: integer('The revision of its stream: the ETag'),
      status: oneOfValues(['active', 'merged', 'dissolved']),
      kind: oneOfValues(VILLAGE_KINDS),
      name: text(undefined, 'Thôn Đông'),
      code: optional(text()),
      communeId: text('The unit standing for its commune or ward'),
      cellId: optional(text('The residential cell serving it')),
      establishedOn: localDate(),
      lastChangedOn: localDate('The date of the latest event: no step may be dated before it'),
      mergedIntoId: optional(text()),
      endedOn: optional(localDate('When the village was merged or dissolved')),
      commune: NAMED_UNIT,
      cell: { ...NAMED_UNIT, nullable: true, description: 'The serving cell, null when none' },
    },
    'A village (thôn, bản, tổ dân phố) of a commune or ward.',
  ),
);
