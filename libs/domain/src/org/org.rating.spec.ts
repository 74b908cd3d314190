import type { OrgCommand } from './org.commands';
import type { OrgEvent } from './org.events';
import { established, given } from './testing';

const rate = (
  occurredOn: string,
  payload: { year: number; grade: string; score?: number; decisionNo?: string },
): OrgCommand =>
  ({
    action: 'record-rating',
    orgId: 'x',
    occurredOn,
    payload: { decisionNo: '15-QĐ/HU', ...payload },
  }) as OrgCommand;

const rated = (occurredOn: string, year: number, grade = 'good'): OrgEvent =>
  ({
    type: 'OrgRatingRecorded',
    occurredOn,
    data: { year, grade, decisionNo: '15-QĐ/HU' },
  }) as OrgEvent;

const CELL = established('grassroots_committee', 'd', '2019-05-10');

describe('the yearly quality rating of an organization', () => {
  it('records the year rated, the grade and the decision', () => {
    given(CELL)
      .when(rate('2022-01-20', { year: 2021, grade: 'excellent', decisionNo: ' 15-QĐ/HU ' }))
      .then({
        type: 'OrgRatingRecorded',
        occurredOn: '2022-01-20',
        data: { year: 2021, grade: 'excellent', decisionNo: '15-QĐ/HU' },
      });
  });

  it('rates the year the unit was established in, not the one before', () => {
    given(CELL)
      .when(rate('2019-12-30', { year: 2019, grade: 'good' }))
      .then(rated('2019-12-30', 2019));
    given(CELL)
      .when(rate('2019-12-30', { year: 2018, grade: 'good' }))
      .rejectedBy('R-ORG-RATING-YEAR');
  });

  it('does not rate a year after the decision', () => {
    given(CELL)
      .when(rate('2021-12-31', { year: 2022, grade: 'good' }))
      .rejectedBy('R-ORG-RATING-YEAR');
    given(CELL)
      .when(rate('2021-12-31', { year: 2021.5, grade: 'good' }))
      .rejectedBy('R-ORG-RATING-YEAR');
  });

  it('rates a year once', () => {
    given(CELL, rated('2022-01-20', 2021))
      .when(rate('2022-02-01', { year: 2021, grade: 'excellent' }))
      .rejectedBy('R-ORG-RATING-ONCE');
    given(CELL, rated('2022-01-20', 2021))
      .when(rate('2023-01-20', { year: 2022, grade: 'good' }))
      .then(rated('2023-01-20', 2022));
  });

  it('grades 2024 without a score, even when entered under QĐ 366 (the mode follows the year rated)', () => {
    given(CELL)
      .when(rate('2025-10-01', { year: 2024, grade: 'excellent' }))
      .then({
        type: 'OrgRatingRecorded',
        occurredOn: '2025-10-01',
        data: { year: 2024, grade: 'excellent', decisionNo: '15-QĐ/HU' },
      });
  });

  it('needs a score out of 100 for 2025, the first year scored under QĐ 366', () => {
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'good' }))
      .rejectedBy('R-ORG-RATING-SCORE');
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'good', score: 70 }))
      .then({
        type: 'OrgRatingRecorded',
        occurredOn: '2026-01-10',
        data: { year: 2025, grade: 'good', score: 70, decisionNo: '15-QĐ/HU' },
      });
  });

  it('bounds the grade by the score at the bands of 90, 70 and 50', () => {
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'excellent', score: 89 }))
      .rejectedBy('R-ORG-RATING-SCORE');
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'excellent', score: 90 }))
      .then({
        type: 'OrgRatingRecorded',
        occurredOn: '2026-01-10',
        data: { year: 2025, grade: 'excellent', score: 90, decisionNo: '15-QĐ/HU' },
      });
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'complete', score: 49 }))
      .rejectedBy('R-ORG-RATING-SCORE');
    given(CELL)
      .when(rate('2026-01-10', { year: 2025, grade: 'good', score: 101 }))
      .rejectedBy('R-ORG-RATING-SCORE');
  });

  it('needs the decision', () => {
    given(CELL)
      .when(rate('2022-01-20', { year: 2021, grade: 'good', decisionNo: '  ' }))
      .rejectedBy('R-ORG-RATING-DECISION');
  });

  it('rates every party organization below Central, and no unit that has ended', () => {
    for (const [kind, parent] of [
      ['province', undefined],
      ['cell', 'pc'],
      ['grassroots_cell', 'd'],
      ['partial_committee', 'g'],
    ] as const) {
      given(established(kind, parent, '2019-05-10'))
        .when(rate('2022-01-20', { year: 2021, grade: 'good' }))
        .then(rated('2022-01-20', 2021));
    }
    given(established('central', undefined, '2019-05-10'))
      .when(rate('2022-01-20', { year: 2021, grade: 'good' }))
      .rejectedBy('R-ORG-RATING-KIND');
    given(CELL, { type: 'OrgUnitDissolved', occurredOn: '2021-06-01', data: {} })
      .when(rate('2022-01-20', { year: 2021, grade: 'good' }))
      .rejectedBy('R-ORG-INACTIVE');
  });
});
