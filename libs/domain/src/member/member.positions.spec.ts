import { fold } from '../kernel/decider';
import { memberDecider, factsNeeded } from './member.decider';
import type { MemberEvent } from './member.events';
import { heldPositions } from './member.state';
import {
  OFFICIAL,
  PROBATIONARY,
  SOURCED,
  command,
  event,
  given,
  importedOfficial,
} from './testing';

const MEMBER = importedOfficial('2010-03-01', '2010-03-20', '2015-02-01');

describe('positions as dated events on a member (issue 18)', () => {
  it('records a village head with the village', () => {
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', {
          position: 'village_head',
          villageId: 'village-1',
        }),
      )
      .then([
        event('PositionAssigned', '2021-06-01', {
          position: 'village_head',
          villageId: 'village-1',
        }),
      ]);
  });

  it('records a cell secretary with the level of its committee and whether the cell is residential', () => {
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', { position: 'cell_secretary', unitId: 'cell-1' }),
      )
      .then([
        event('PositionAssigned', '2021-06-01', {
          position: 'cell_secretary',
          unitId: 'cell-1',
          level: 'cell',
          residential: true,
        }),
      ]);
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', {
          position: 'cell_deputy_secretary',
          unitId: 'grassroots-cell',
        }),
      )
      .then([
        event('PositionAssigned', '2021-06-01', {
          position: 'cell_deputy_secretary',
          unitId: 'grassroots-cell',
          level: 'grassroots',
          residential: false,
        }),
      ]);
  });

  it.each([
    ['province', 'province'],
    ['district', 'direct'],
    ['grassroots', 'grassroots'],
    ['cell-2', 'cell'],
  ] as const)('records a committee member of %s at the level %s', (unitId, level) => {
    given(MEMBER)
      .when(command('assign-position', '2021-06-01', { position: 'committee_member', unitId }))
      .then([
        event('PositionAssigned', '2021-06-01', { position: 'committee_member', unitId, level }),
      ]);
  });

  it('gives party posts to official members only; a candidate may head a village', () => {
    given(PROBATIONARY)
      .when(
        command('assign-position', '2024-01-10', {
          position: 'committee_member',
          unitId: 'grassroots',
        }),
      )
      .thenRejects('R-POSITION');
    given(SOURCED)
      .when(
        command('assign-position', '2023-02-01', { position: 'cell_secretary', unitId: 'cell-1' }),
      )
      .thenRejects('R-POSITION');
    given(SOURCED)
      .when(
        command('assign-position', '2023-02-01', {
          position: 'village_head',
          villageId: 'village-2',
        }),
      )
      .thenAccepted();
    given(OFFICIAL)
      .when(
        command('assign-position', '2024-09-01', {
          position: 'committee_member',
          unitId: 'grassroots',
        }),
      )
      .thenAccepted();
  });

  it('holds a position where it fits: a cell post in a cell, a committee post in a committee', () => {
    for (const [position, unitId] of [
      ['cell_secretary', 'grassroots'],
      ['committee_secretary', 'cell-1'],
      ['committee_deputy_secretary', 'grassroots-cell'],
    ] as const) {
      given(MEMBER)
        .when(command('assign-position', '2021-06-01', { position, unitId }))
        .thenRejects('R-POSITION');
    }
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', {
          position: 'committee_secretary',
          unitId: 'grassroots',
        }),
      )
      .thenAccepted();
  });

  it('names exactly where: a village for a village post, a unit for the others', () => {
    for (const payload of [
      { position: 'village_head', unitId: 'grassroots' },
      { position: 'village_head' },
      { position: 'cell_secretary', villageId: 'village-1' },
      { position: 'commune_cadre', unitId: 'grassroots', villageId: 'village-1' },
      { position: 'mass_organization_head', villageId: 'village-1' },
      { position: 'mass_organization_head', organization: 'women_union' },
      {
        position: 'mass_organization_head',
        organization: 'women_union',
        villageId: 'village-1',
        unitId: 'grassroots',
      },
      { position: 'village_head', villageId: 'village-1', organization: 'women_union' },
      { position: 'mayor', unitId: 'grassroots' },
    ]) {
      given(MEMBER)
        .when(command('assign-position', '2021-06-01', payload as never))
        .thenRejects('R-POSITION');
    }
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', {
          position: 'mass_organization_head',
          organization: 'fatherland_front',
          villageId: 'village-1',
        }),
      )
      .then([
        event('PositionAssigned', '2021-06-01', {
          position: 'mass_organization_head',
          organization: 'fatherland_front',
          villageId: 'village-1',
        }),
      ]);
    given(MEMBER)
      .when(
        command('assign-position', '2021-06-01', {
          position: 'commune_cadre',
          unitId: 'grassroots',
        }),
      )
      .then([
        event('PositionAssigned', '2021-06-01', {
          position: 'commune_cadre',
          unitId: 'grassroots',
        }),
      ]);
  });

  it('refuses a village or unit that is unknown or has ended', () => {
    for (const payload of [
      { position: 'village_head', villageId: 'old-village' },
      { position: 'village_head', villageId: 'nowhere' },
      { position: 'committee_member', unitId: 'dissolved-cell' },
      { position: 'committee_member', unitId: 'nowhere' },
    ]) {
      given(MEMBER)
        .when(command('assign-position', '2021-06-01', payload as never))
        .thenRejects('R-POSITION');
    }
  });

  it('holds a position once at a time, and may take it again after it ended', () => {
    const head: MemberEvent[] = [
      ...MEMBER,
      event('PositionAssigned', '2021-06-01', { position: 'village_head', villageId: 'village-1' }),
    ];
    given(head)
      .when(
        command('assign-position', '2021-07-01', {
          position: 'village_head',
          villageId: 'village-1',
        }),
      )
      .thenRejects('R-POSITION');
    given(head)
      .when(
        command('assign-position', '2021-07-01', {
          position: 'village_head',
          villageId: 'village-2',
        }),
      )
      .thenAccepted();
    const ended = [
      ...head,
      event('PositionEnded', '2022-06-01', { position: 'village_head', villageId: 'village-1' }),
    ];
    given(ended)
      .when(
        command('assign-position', '2023-01-01', {
          position: 'village_head',
          villageId: 'village-1',
        }),
      )
      .thenAccepted();
  });

  it('ends a position held, from the day it ends; not one that is not held', () => {
    const head: MemberEvent[] = [
      ...MEMBER,
      event('PositionAssigned', '2021-06-01', { position: 'village_head', villageId: 'village-1' }),
    ];
    given(head)
      .when(
        command('end-position', '2022-06-01', { position: 'village_head', villageId: 'village-1' }),
      )
      .then([
        event('PositionEnded', '2022-06-01', { position: 'village_head', villageId: 'village-1' }),
      ]);
    given(head)
      .when(
        command('end-position', '2022-06-01', { position: 'village_head', villageId: 'village-2' }),
      )
      .thenRejects('R-POSITION');
    given(head)
      .when(
        command('end-position', '2021-05-31', { position: 'village_head', villageId: 'village-1' }),
      )
      .thenRejects('R-DATE-ORDER');
    const state = fold(memberDecider, [
      ...head,
      event('PositionEnded', '2022-06-01', { position: 'village_head', villageId: 'village-1' }),
    ]);
    expect(state.positions).toEqual([
      { position: 'village_head', villageId: 'village-1', from: '2021-06-01', until: '2022-06-01' },
    ]);
    expect(heldPositions(state)).toEqual([]);
  });

  it('ends every position held when the member leaves the party or dies', () => {
    const state = fold(memberDecider, [
      ...MEMBER,
      event('PositionAssigned', '2021-06-01', { position: 'village_head', villageId: 'village-1' }),
      event('PositionAssigned', '2021-06-01', {
        position: 'committee_member',
        unitId: 'grassroots',
        level: 'grassroots',
      }),
      event('DeathRecorded', '2023-03-03', {}),
    ]);
    expect(state.positions.map((held) => held.until)).toEqual(['2023-03-03', '2023-03-03']);
  });

  it('names the village and the unit for the facts and the scope', () => {
    const state = fold(memberDecider, MEMBER);
    expect(
      factsNeeded(
        command('assign-position', '2021-06-01', {
          position: 'village_head',
          villageId: 'village-1',
        }),
        state,
      ),
    ).toEqual({ members: [], orgs: ['cell-1'], villages: ['village-1'] });
    expect(
      factsNeeded(
        command('assign-position', '2021-06-01', {
          position: 'committee_member',
          unitId: 'province',
        }),
        state,
      ),
    ).toEqual({ members: [], orgs: ['cell-1', 'province'] });
  });
});

describe('the village a person lives in', () => {
  it('is recorded with the one it replaces', () => {
    given(MEMBER)
      .when(command('record-residence-village', '2021-06-01', { villageId: 'village-1' }))
      .then([event('ResidenceVillageRecorded', '2021-06-01', { villageId: 'village-1' })]);
    const lives = [
      ...MEMBER,
      event('ResidenceVillageRecorded', '2021-06-01', { villageId: 'village-1' }),
    ];
    given(lives)
      .when(command('record-residence-village', '2022-06-01', { villageId: 'village-2' }))
      .then([
        event('ResidenceVillageRecorded', '2022-06-01', {
          villageId: 'village-2',
          previousVillageId: 'village-1',
        }),
      ]);
    expect(fold(memberDecider, lives).residenceVillageId).toBe('village-1');
  });

  it('is an active village other than the one recorded', () => {
    const lives = [
      ...MEMBER,
      event('ResidenceVillageRecorded', '2021-06-01', { villageId: 'village-1' }),
    ];
    given(lives)
      .when(command('record-residence-village', '2022-06-01', { villageId: 'village-1' }))
      .thenRejects('R-RESIDENCE');
    for (const villageId of ['old-village', 'nowhere']) {
      given(MEMBER)
        .when(command('record-residence-village', '2022-06-01', { villageId }))
        .thenRejects('R-RESIDENCE');
    }
  });
});
