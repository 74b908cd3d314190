import type { OrgView } from '@memberflow/application';
import { ORG_KINDS } from '@memberflow/domain';
import { RATING_GRADES } from '@memberflow/domain/member';
import {
  DIRECT_COMMITTEE_LEVELS,
  ORG_AREAS,
  ORG_ZONES,
  type OrgAttributes,
} from '@memberflow/domain/org';
import type { PlanState } from '@memberflow/domain/plan';
import {
  arrayOf,
  boolean,
  component,
  integer,
  localDate,
  mapOf,
  oneOfValues,
  optional,
  text,
  typedObject,
} from '../../http/json-schema';

/** The answers about units: the unit as its stream tells it (libs/application org.reader.ts), a plan. */

/** A unit as GET /api/orgs/{id} and every command on a unit answer it. */
export const ORG_VIEW = component(
  'OrgView',
  typedObject<OrgView>()(
    {
      id: text(undefined, 'huyen-tx'),
      revision: integer('The revision of its stream: the ETag'),
      status: oneOfValues(['active', 'merged', 'dissolved']),
      kind: oneOfValues(ORG_KINDS),
      name: text(undefined, 'Đảng bộ huyện Thọ Xuân'),
      code: text(),
      parentId: optional(text('Absent for a root unit')),
      attributes: typedObject<OrgAttributes>()({
        area: oneOfValues(ORG_AREAS),
        residential: optional(boolean('A residential (village, neighbourhood) cell')),
        admissionAuthority: optional(boolean()),
        level: optional(
          oneOfValues(DIRECT_COMMITTEE_LEVELS, 'Direct committees: district, commune or bloc'),
        ),
        zones: optional(arrayOf(oneOfValues(ORG_ZONES), 'Mountainous, island, ethnic-minority')),
      }),
      admissionAuthority: boolean('A grassroots committee authorised to decide admissions'),
      ratings: mapOf(
        oneOfValues(RATING_GRADES),
        undefined,
        'Year rated → grade: the yearly quality rating of the organization',
      ),
      establishedOn: localDate(),
      lastChangedOn: localDate('The date of the latest event: no step may be dated before it'),
      mergedIntoId: optional(text()),
      endedOn: optional(localDate('When the unit was merged or dissolved')),
      parents: arrayOf(
        typedObject<OrgView['parents'][number]>()({
          id: text(),
          name: text(),
          kind: text(),
        }),
        'Ancestors, nearest first',
      ),
    },
    'A unit of the organization with its parent chain.',
  ),
);

/** The answer of PUT /api/orgs/{id}/plans/{year} (orgs.controller.ts): the plan as it now stands. */
type AdmissionPlan = {
  readonly orgId: string;
  readonly year: number;
  readonly revision: number;
} & Omit<PlanState, 'orgId' | 'year'>;

export const ADMISSION_PLAN = component(
  'AdmissionPlan',
  typedObject<AdmissionPlan>()(
    {
      orgId: text(),
      year: integer(),
      revision: integer('The revision of the plan: the ETag'),
      target: optional(integer('Admissions planned for the year')),
      lastChangedOn: optional(localDate()),
    },
    "A unit's admission plan for a year.",
  ),
);
