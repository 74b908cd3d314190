import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ORG_ACTIONS } from '@memberflow/domain/org';
import { ORG_ACTION_BODIES, orgCommandFrom } from './org-action-bodies';
import { EstablishOrgDto } from './establish-org.dto';
import { SetPlanTargetDto } from './set-plan-target.dto';

/** The options the API validates bodies with (http/validate-body.ts). */
function invalidFields<T extends object>(type: ClassConstructor<T>, body: object): string[] {
  const errors = validateSync(plainToInstance(type, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const fields = (list: typeof errors, prefix: string): string[] =>
    list.flatMap((error) => {
      const field = prefix ? `${prefix}.${error.property}` : error.property;
      return [...(error.constraints ? [field] : []), ...fields(error.children ?? [], field)];
    });
  return fields(errors, '');
}

const cell = {
  parentId: 'dang-bo-xa-a',
  kind: 'cell',
  name: 'Chi bộ Thôn 1',
  code: 'CB-T1',
  attributes: { area: 'rural', residential: true },
  occurredOn: '2025-07-01',
};

describe('POST /api/orgs body', () => {
  it('accepts a unit with its attributes', () => {
    expect(invalidFields(EstablishOrgDto, cell)).toEqual([]);
    expect(
      invalidFields(EstablishOrgDto, { ...cell, id: 'chi-bo-thon-1', documentRef: '125-QĐ/ĐU' }),
    ).toEqual([]);
  });

  it('accepts a root unit without a parent', () => {
    const { parentId: _parentId, ...root } = cell;
    expect(invalidFields(EstablishOrgDto, { ...root, kind: 'province' })).toEqual([]);
  });

  it('names every invalid field, nested ones by their path', () => {
    expect(
      invalidFields(EstablishOrgDto, {
        ...cell,
        id: 'has space',
        kind: 'district',
        name: '',
        attributes: { area: 'suburban', residential: 'yes' },
        occurredOn: '2025-02-30',
        extra: 1,
      }).sort(),
    ).toEqual([
      'attributes.area',
      'attributes.residential',
      'extra',
      'id',
      'kind',
      'name',
      'occurredOn',
    ]);
  });

  it('requires the attributes', () => {
    const { attributes: _attributes, ...withoutAttributes } = cell;
    expect(invalidFields(EstablishOrgDto, withoutAttributes)).toEqual(['attributes']);
  });

  it.each(['2025-7-1', '01/07/2025', '2025-07-01T00:00:00Z', '2023-02-29'])(
    'refuses the date %s',
    (occurredOn) => {
      expect(invalidFields(EstablishOrgDto, { ...cell, occurredOn })).toEqual(['occurredOn']);
    },
  );
});

describe('POST /api/orgs/{id}/actions/{action} bodies', () => {
  it('has a body class for every action', () => {
    expect(Object.keys(ORG_ACTION_BODIES).sort()).toEqual([...ORG_ACTIONS].sort());
  });

  it.each([
    ['rename', { name: 'Chi bộ Khu phố 1' }],
    ['move', { parentId: 'dang-bo-xa-b' }],
    ['merge-into', { targetId: 'chi-bo-2' }],
    ['dissolve', {}],
    ['grant-admission-authority', {}],
    ['revoke-admission-authority', {}],
  ] as const)('validates %s', (action, payload) => {
    const body = {
      occurredOn: '2025-07-01',
      reason: 'Sắp xếp tổ chức',
      documentRef: '12-QĐ/TU',
      ...payload,
    };
    expect(invalidFields(ORG_ACTION_BODIES[action], body)).toEqual([]);
    expect(invalidFields(ORG_ACTION_BODIES[action], { ...payload })).toEqual(['occurredOn']);
    expect(invalidFields(ORG_ACTION_BODIES[action], { ...body, unexpected: true })).toEqual([
      'unexpected',
    ]);
  });

  it('refuses a move without a parent and a merge without a target', () => {
    expect(invalidFields(ORG_ACTION_BODIES.move, { occurredOn: '2025-07-01' })).toEqual([
      'parentId',
    ]);
    expect(invalidFields(ORG_ACTION_BODIES['merge-into'], { occurredOn: '2025-07-01' })).toEqual([
      'targetId',
    ]);
  });
});

describe('orgCommandFrom', () => {
  it('turns a validated establish body into the domain command', () => {
    const body = plainToInstance(EstablishOrgDto, { ...cell, documentRef: '125-QĐ/ĐU' });
    expect(orgCommandFrom('establish', 'chi-bo-thon-1', body)).toEqual({
      action: 'establish',
      orgId: 'chi-bo-thon-1',
      occurredOn: '2025-07-01',
      payload: {
        parentId: 'dang-bo-xa-a',
        kind: 'cell',
        name: 'Chi bộ Thôn 1',
        code: 'CB-T1',
        attributes: { area: 'rural', residential: true },
      },
      documentRef: '125-QĐ/ĐU',
    });
  });

  it('turns an action body into the domain command', () => {
    const body = plainToInstance(ORG_ACTION_BODIES.move, {
      occurredOn: '2025-07-01',
      parentId: 'p',
    });
    expect(orgCommandFrom('move', 'g', body)).toEqual({
      action: 'move',
      orgId: 'g',
      occurredOn: '2025-07-01',
      payload: { parentId: 'p' },
    });
  });
});

describe('PUT /api/orgs/{id}/plans/{year} body', () => {
  it('accepts a positive whole target, with or without a date', () => {
    expect(invalidFields(SetPlanTargetDto, { target: 40 })).toEqual([]);
    expect(invalidFields(SetPlanTargetDto, { target: 40, occurredOn: '2025-12-20' })).toEqual([]);
  });

  it.each([0, -1, 2.5, '40'])('refuses the target %p', (target) => {
    expect(invalidFields(SetPlanTargetDto, { target })).toEqual(['target']);
  });

  it('refuses a date that is not real', () => {
    expect(invalidFields(SetPlanTargetDto, { target: 40, occurredOn: '2025-13-01' })).toEqual([
      'occurredOn',
    ]);
  });
});
