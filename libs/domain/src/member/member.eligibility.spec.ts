/**
 * Who may be admitted, judged at the cell vote (docs/domain-rules.md): R-AGE (QĐ 24 §1.1: 18 to 60,
 * counted in months at the cell vote; a warning only at the application) and R-EDUCATION (QĐ 24 §1.2,
 * HD 01 §1.2: lower secondary; primary in special areas and for fishermen; literacy for village elders
 * and reputable figures there).
 */
import type { EducationLevel } from './person';
import type { EducationException } from './member.grounds';
import { COURSE_COMPLETED, DOSSIER_COMPLETE, command, given, sourcedAs } from './testing';

/** The cell votes on 2023-06-01. */
const vote = (extra: object = {}) =>
  command('record-cell-vote', '2023-06-01', { vote: { entitled: 12, inFavor: 10 }, ...extra });

describe('R-AGE: counted at the cell vote', () => {
  const bornOn = (dateOfBirth: string) => sourcedAs(DOSSIER_COMPLETE, { person: { dateOfBirth } });

  it('lets someone of 17 years 11 months apply (a warning), and the cell vote once they are 18', () => {
    const young = sourcedAs(COURSE_COMPLETED, { person: { dateOfBirth: '2005-05-15' } });
    const [submitted] = given(young)
      .when(command('submit-application', '2023-05-02', {}))
      .thenAccepted();
    expect(submitted).toMatchObject({ data: { ageMonths: 215, warnings: [{ rule: 'R-AGE' }] } });
    given(bornOn('2005-06-01')).when(vote()).thenAccepted();
  });

  it('rejects a cell vote on the day before the 18th birthday, saying "phải đủ 18 tuổi"', () => {
    const rejection = given(bornOn('2005-06-02')).when(vote()).thenRejects('R-AGE');
    expect(rejection.message.vi).toBe(
      'Người vào Đảng phải đủ 18 tuổi khi chi bộ xét kết nạp (tính theo tháng); ngày 01/06/2023 mới 17 tuổi 11 tháng, đủ 18 tuổi từ 02/06/2023',
    );
    expect(rejection.message.vi).not.toContain('0 tháng');
  });

  it('accepts a cell vote at exactly 60 years without consent, and 60 years and 1 month with it only', () => {
    given(bornOn('1963-06-01')).when(vote()).thenAccepted();
    const rejection = given(bornOn('1963-05-01')).when(vote()).thenRejects('R-AGE');
    expect(rejection.message.vi).toBe(
      'Người vào Đảng trên 60 tuổi (60 tuổi 1 tháng) chỉ được xem xét khi có văn bản đồng ý trước của ban thường vụ tỉnh ủy',
    );
    given(bornOn('1963-05-01'))
      .when(vote({ overAgeConsentRef: '45-CV/TU' }))
      .thenAccepted();
  });
});

describe('R-EDUCATION: at the cell vote', () => {
  /** An applicant with `education` in `cellId`, ready for the cell vote. */
  const applicant = (education: EducationLevel, cellId = 'cell-1') =>
    sourcedAs(DOSSIER_COMPLETE, { person: { education }, cellId });
  const withException = (educationException: EducationException) => vote({ educationException });

  it('needs a lower-secondary diploma in an ordinary area: lower secondary passes, primary does not', () => {
    given(applicant('lower_secondary')).when(vote()).thenAccepted();
    const rejection = given(applicant('primary')).when(vote()).thenRejects('R-EDUCATION');
    expect(rejection.message.vi).toBe(
      'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên; trình độ hiện có: tiểu học',
    );
  });

  it('accepts primary school in a mountainous, ethnic-minority commune (its zones hold for its cells)', () => {
    given(applicant('primary', 'village-cell')).when(vote()).thenAccepted();
    given(applicant('literate', 'village-cell')).when(vote()).thenRejects('R-EDUCATION');
  });

  it('accepts primary school in a border area', () => {
    given(applicant('primary', 'border-cell')).when(vote()).thenAccepted();
  });

  it('accepts primary school for a fisherman anywhere, and records why', () => {
    const [voted] = given(applicant('primary')).when(withException('fisherman')).thenAccepted();
    expect(voted).toMatchObject({ data: { educationException: 'fisherman' } });
    given(applicant('literate')).when(withException('fisherman')).thenRejects('R-EDUCATION');
  });

  it('accepts literacy for a village elder or reputable figure living in a special area only', () => {
    given(applicant('literate', 'village-cell'))
      .when(withException('reputable_figure'))
      .thenAccepted();
    const rejection = given(applicant('literate'))
      .when(withException('reputable_figure'))
      .thenRejects('R-EDUCATION');
    expect(rejection.message.vi).toBe(
      'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên; trình độ hiện có: biết đọc, biết viết (già làng, trưởng bản, người có uy tín; chi bộ không ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa)',
    );
  });
});
