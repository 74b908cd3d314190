import { fold } from '../kernel/decider';
import { memberDecider, factsNeeded } from './member.decider';
import { MEMBER_EVENT_TYPES } from './member.events';
import { toMemberFacts } from './member.state';
import { MEMBER_STAGES } from './stages';
import { MEMBER_ACTIONS, TRANSITIONS, availableActions, targetStages } from './transitions';
import { RULES } from './rules';
import {
  APPLYING,
  COMMITTEE_ENDORSED,
  MEMBER_ID,
  OFFICIAL,
  PERSON,
  SOURCED,
  TODAY,
  command,
  given,
} from './testing';

describe('every command', () => {
  const helper = (on: string) => command('assign-helper', on, { helperId: 'helper-1' });

  it('accepts a command dated today and rejects one dated tomorrow', () => {
    given(SOURCED).when(helper(TODAY)).thenAccepted();
    const rejection = given(SOURCED).when(helper('2026-01-16')).thenRejects('R-DATE-FUTURE');
    expect(rejection.message.vi).toBe('Ngày 16/01/2026 chưa đến (hôm nay là 15/01/2026)');
  });

  it('accepts a command on the day of the last event and rejects one the day before', () => {
    given(SOURCED).when(helper('2023-01-10')).thenAccepted();
    const rejection = given(SOURCED).when(helper('2023-01-09')).thenRejects('R-DATE-ORDER');
    expect(rejection.message.en).toBe(
      'The date 2023-01-09 is before the last recorded step (2023-01-10)',
    );
  });

  it('rejects a date that does not exist', () => {
    given(SOURCED).when(helper('2023-02-30')).thenRejects('R-DATE-VALID');
  });

  it('rejects an action the table does not allow, naming the current and the allowed stages', () => {
    const rejection = given(SOURCED)
      .when(command('record-cell-vote', '2023-06-01', { vote: { entitled: 3, inFavor: 3 } }))
      .thenRejects('R-STAGE');
    expect(rejection.message.vi).toBe(
      'Không thể "Ghi nghị quyết chi bộ đề nghị kết nạp" ở giai đoạn "Quần chúng ưu tú (cảm tình Đảng)" (chỉ được khi: Đang làm hồ sơ vào Đảng)',
    );
    expect(rejection.details).toEqual({ stage: 'sympathizer', allowed: ['applying'] });
  });
});

describe('the transition table', () => {
  it('has an entry for every action, with labels in both languages', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...MEMBER_ACTIONS].sort());
    for (const action of MEMBER_ACTIONS) {
      expect(TRANSITIONS[action].label.vi).not.toBe('');
      expect(TRANSITIONS[action].label.en).not.toBe('');
    }
  });

  it('names one action emitting each event type, so the state takes its stage from that row', () => {
    for (const type of MEMBER_EVENT_TYPES) {
      const emitting = MEMBER_ACTIONS.filter((action) => TRANSITIONS[action].emits.includes(type));
      expect(emitting).toHaveLength(1);
    }
  });

  it('names only known rules', () => {
    for (const action of MEMBER_ACTIONS)
      for (const rule of TRANSITIONS[action].rules) expect(RULES).toHaveProperty([rule]);
  });

  it('offers only creation to a new stream, and the lifecycle actions to an official member', () => {
    expect(availableActions(given([]).state)).toEqual(['source-candidate', 'register-existing']);
    expect(availableActions(given(OFFICIAL).state)).toEqual([
      'issue-card',
      'transfer',
      'record-rating',
      'grant-exemption',
      'end-exemption',
      'award-badge',
      'put-on-help-list',
      'clear-help-list',
      'discipline',
      'remove-name',
      'accept-withdrawal',
      'record-death',
      'correct-details',
      'assign-position',
      'end-position',
      'record-residence-village',
    ]);
  });

  it('offers every stage at least one action, and correction to all', () => {
    for (const stage of MEMBER_STAGES) {
      expect(availableActions({ stage })).toContain('correct-details');
    }
  });

  it('lists where a vote may lead', () => {
    expect(targetStages('record-cell-vote', 'applying')).toEqual(['cell_resolved', 'applying']);
    expect(targetStages('discipline', 'official')).toEqual(['removed', 'official']);
  });
});

describe('factsNeeded', () => {
  it('asks for the cell and the helper of a new candidate', () => {
    const sourcing = command('source-candidate', '2023-01-10', {
      person: PERSON,
      cellId: 'cell-1',
      proposedBy: 'other',
      helperId: 'helper-1',
    });
    expect(factsNeeded(sourcing, given([]).state)).toEqual({
      members: ['helper-1'],
      orgs: ['cell-1'],
    });
  });

  it('asks for the introducers', () => {
    const intro = command('assign-introducers', '2023-05-03', {
      introducers: [
        { memberId: 'intro-1', knownSince: '2021-01-01' },
        { memberId: 'intro-2', knownSince: '2021-01-01' },
      ],
    });
    expect(factsNeeded(intro, given(APPLYING).state)).toEqual({
      members: ['intro-1', 'intro-2'],
      orgs: ['cell-1'],
    });
  });

  it("asks for the member's cell and the deciding unit", () => {
    const decide = command('decide-admission', '2023-07-03', {
      decisionNo: '1',
      decidingUnitId: 'district',
    });
    expect(factsNeeded(decide, given(COMMITTEE_ENDORSED).state)).toEqual({
      members: [],
      orgs: ['cell-1', 'district'],
    });
  });

  it('asks for the target cell of a transfer', () => {
    const move = command('transfer', '2024-09-16', { kind: 'permanent', targetCellId: 'cell-2' });
    expect(factsNeeded(move, given(OFFICIAL).state)).toEqual({
      members: [],
      orgs: ['cell-1', 'cell-2'],
    });
  });
});

describe('toMemberFacts', () => {
  it('tells other streams the stage, cell and official date', () => {
    expect(toMemberFacts(MEMBER_ID, fold(memberDecider, OFFICIAL))).toEqual({
      id: MEMBER_ID,
      stage: 'official',
      cellId: 'cell-1',
      officialSince: '2024-07-20',
    });
    expect(toMemberFacts(MEMBER_ID, fold(memberDecider, SOURCED))).toEqual({
      id: MEMBER_ID,
      stage: 'sympathizer',
      cellId: 'cell-1',
      officialSince: undefined,
    });
  });
});
