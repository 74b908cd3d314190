/**
 * R-AUTHORITY and the deciding body's vote (QĐ 24 §4.3.2, kept by QĐ 294; docs/domain-rules.md): the
 * standing committee of the **direct** superior of the grassroots organization, an authorised grassroots
 * committee as a full committee, the provincial standing members for grassroots organizations directly
 * under the province, a commune committee from 1/7/2025; over 60, the province with its prior consent.
 */
import type { MemberEvent } from './member.events';
import {
  COMMITTEE_ENDORSED,
  CELL_RESOLVED,
  OFFICIAL,
  RECOGNITION_VOTED,
  command,
  given,
  sourcedAs,
} from './testing';

const decide = (decidingUnitId: string, extra: object = {}) =>
  command('decide-admission', '2023-07-03', { decisionNo: '125-QĐ', decidingUnitId, ...extra });

/** The candidate's history with their cell replaced (the grassroots cells skip the committee vote). */
const inCell = (cellId: string) =>
  sourcedAs(cellId.includes('grassroots-cell') ? CELL_RESOLVED : COMMITTEE_ENDORSED, { cellId });

describe('who decides an admission', () => {
  it.each([
    ['a cell of a grassroots committee', 'cell-1', 'district', 'standing_committee'],
    ['a grassroots cell under the district', 'grassroots-cell', 'district', 'standing_committee'],
    [
      'a grassroots cell directly under the province',
      'province-grassroots-cell',
      'province',
      'provincial_standing_members',
    ],
    [
      'a cell whose district was merged into the province',
      'orphan-cell',
      'province',
      'provincial_standing_members',
    ],
    [
      'a grassroots cell of a commune committee (2025)',
      'commune-grassroots-cell',
      'commune',
      'standing_committee',
    ],
    [
      'a village cell of a commune committee (2025)',
      'village-cell',
      'commune',
      'standing_committee',
    ],
    [
      'a cell of an authorised grassroots committee',
      'cell-a',
      'authorized',
      'authorised_committee',
    ],
    ['a cell of an authorised grassroots committee', 'cell-a', 'district', 'standing_committee'],
  ])('for %s: %s decides, as the %s', (_, cellId, unitId, body) => {
    const [decided] = given(inCell(cellId)).when(decide(unitId)).thenAccepted();
    expect(decided).toMatchObject({ data: { decidingUnitId: unitId, decidingBody: body } });
  });

  it.each([
    ['the province, for a district’s cell', 'cell-1', 'province'],
    ['a district above a grassroots cell of another district', 'grassroots-cell', 'other-district'],
    ['the grassroots committee without authority', 'cell-1', 'grassroots'],
    ['the merged district', 'orphan-cell', 'merged-district'],
    [
      'the province, for a grassroots cell of a commune committee',
      'commune-grassroots-cell',
      'province',
    ],
    ['the province, for a village cell of a commune committee', 'village-cell', 'province'],
  ])('rejects %s', (_, cellId, unitId) => {
    given(inCell(cellId)).when(decide(unitId)).thenRejects('R-AUTHORITY');
  });

  it('names who may decide when it rejects', () => {
    const rejection = given(COMMITTEE_ENDORSED).when(decide('province')).thenRejects('R-AUTHORITY');
    expect(rejection.message.vi).toBe(
      'province không có thẩm quyền quyết định đối với đảng viên của cell-1; có thẩm quyền: ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (district)',
    );
    expect(rejection.details).toMatchObject({
      competent: [{ unitId: 'district', body: 'standing_committee' }],
    });
  });
});

describe('the deciding body’s vote', () => {
  it('records a standing committee vote of more than half: 5 of 9 passes, 4 of 8 does not', () => {
    const [decided] = given(COMMITTEE_ENDORSED)
      .when(decide('district', { decisionVote: { entitled: 9, inFavor: 5 } }))
      .thenAccepted();
    expect(decided).toMatchObject({
      data: {
        decidingBody: 'standing_committee',
        decisionVote: { entitled: 9, inFavor: 5 },
        decisionThreshold: { numerator: 1, denominator: 2, strict: true },
      },
    });
    const short = given(COMMITTEE_ENDORSED)
      .when(decide('district', { decisionVote: { entitled: 8, inFavor: 4 } }))
      .thenRejects('R-VOTE');
    expect(short.message.vi).toBe(
      'Quyết định của ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng cần trên 1/2 tổng số thành viên đồng ý (4/8 ≤ 1/2)',
    );
  });

  it('holds an authorised grassroots committee to two thirds: 6 of 9 passes, 5 of 9 does not', () => {
    given(inCell('cell-a'))
      .when(decide('authorized', { decisionVote: { entitled: 9, inFavor: 6 } }))
      .thenAccepted();
    given(inCell('cell-a'))
      .when(decide('authorized', { decisionVote: { entitled: 9, inFavor: 5 } }))
      .thenRejects('R-VOTE');
  });

  it('rejects impossible counts', () => {
    given(COMMITTEE_ENDORSED)
      .when(decide('district', { decisionVote: { entitled: 9, inFavor: 10 } }))
      .thenRejects('R-VOTE');
  });
});

describe('an applicant over 60 at the cell vote (2023-06-01)', () => {
  /** Born on `dateOfBirth`, with the province's consent recorded at the application or not. */
  const applicant = (dateOfBirth: string, consent?: string): MemberEvent[] =>
    sourcedAs(COMMITTEE_ENDORSED, { person: { dateOfBirth } }).map((item) =>
      item.type === 'ApplicationSubmitted' && consent
        ? { ...item, data: { ...item.data, overAgeConsentRef: consent } }
        : item,
    );

  it('is decided by the province, with its consent recorded before', () => {
    const [decided] = given(applicant('1963-04-15', '45-CV/TU'))
      .when(decide('province'))
      .thenAccepted();
    expect(decided).toMatchObject({ data: { decidingBody: 'provincial_standing_committee' } });
  });

  it('is not decided by the direct superior', () => {
    const rejection = given(applicant('1963-04-15', '45-CV/TU'))
      .when(decide('district'))
      .thenRejects('R-AUTHORITY');
    expect(rejection.message.vi).toContain('trên 60 tuổi do tỉnh ủy quyết định');
  });

  it('needs the consent recorded before the decision', () => {
    given(applicant('1963-04-15')).when(decide('province')).thenRejects('R-AGE');
  });

  it('is an ordinary applicant at exactly 60 years (the district decides, not the province)', () => {
    given(applicant('1963-06-01')).when(decide('district')).thenAccepted();
    given(applicant('1963-06-01')).when(decide('province')).thenRejects('R-AUTHORITY');
  });
});

describe('recognition and removals follow the same authority', () => {
  it('rejects the province recognizing a district cell’s member, and records the district’s body', () => {
    const recognize = (decidingUnitId: string) =>
      command('recognize-official', '2024-08-01', { decisionNo: '310', decidingUnitId });
    given(RECOGNITION_VOTED).when(recognize('province')).thenRejects('R-AUTHORITY');
    const [recognized] = given(RECOGNITION_VOTED).when(recognize('district')).thenAccepted();
    expect(recognized).toMatchObject({ data: { decidingBody: 'standing_committee' } });
  });

  it('removes a probationary member by the standing committee’s vote of more than half', () => {
    const refuse = (inFavor: number) =>
      command('refuse-recognition', '2024-08-01', {
        decisionNo: '311',
        decidingUnitId: 'district',
        vote: { entitled: 12, inFavor: 9 },
        decisionVote: { entitled: 9, inFavor },
      });
    given(RECOGNITION_VOTED).when(refuse(5)).thenAccepted();
    given(RECOGNITION_VOTED).when(refuse(4)).thenRejects('R-VOTE');
  });

  it.each([
    ['remove-name', { ground: 'absent_or_dues_unpaid' }],
    ['accept-withdrawal', { requestedOn: '2024-09-01' }],
  ] as const)('rejects a %s by the province for a district cell’s member', (action, extra) => {
    given(OFFICIAL)
      .when(
        command(action, '2024-10-01', {
          decisionNo: '40',
          decidingUnitId: 'province',
          ...extra,
        } as never),
      )
      .thenRejects('R-AUTHORITY');
  });
});
