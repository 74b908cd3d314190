import {
  APPLYING,
  COURSE_COMPLETED,
  DOSSIER_COMPLETE,
  MEMBER_ID,
  PERSON,
  SOURCED,
  command,
  event,
  given,
  sourcedAs,
  stateAfter,
} from './testing';

describe('source-candidate', () => {
  const sourcing = {
    person: PERSON,
    cellId: 'cell-1',
    proposedBy: 'youth_union' as const,
    helperId: 'helper-1',
  };

  it('lists a sympathizer in an active cell with a helper', () => {
    given([])
      .when(command('source-candidate', '2023-01-10', sourcing))
      .then([event('CandidateSourced', '2023-01-10', sourcing)]);
  });

  it('stores names trimmed and in NFC, whatever the keyboard sent', () => {
    const decomposed = '  Nguyễn   Thị Hoa '.normalize('NFD');
    const [sourced] = given([])
      .when(
        command('source-candidate', '2023-01-10', {
          ...sourcing,
          person: { ...PERSON, fullName: decomposed },
        }),
      )
      .thenAccepted();
    expect(sourced.type === 'CandidateSourced' && sourced.data.person.fullName).toBe(
      'Nguyễn Thị Hoa',
    );
  });

  it('rejects invalid person data, naming every bad field', () => {
    const rejection = given([])
      .when(
        command('source-candidate', '2023-01-10', {
          ...sourcing,
          person: { ...PERSON, citizenId: '12345', ethnicity: 'martian' as never },
        }),
      )
      .thenRejects('R-PERSON');
    expect(rejection.message.vi).toContain('Số căn cước công dân: phải gồm đúng 12 chữ số');
    expect(rejection.details).toEqual({ fields: ['ethnicity', 'citizenId'] });
  });

  it.each([
    ['an unknown cell', 'cell-9'],
    ['a dissolved cell', 'dissolved-cell'],
    ['a committee, not a cell', 'grassroots'],
  ])('rejects %s', (_, cellId) => {
    given([])
      .when(command('source-candidate', '2023-01-10', { ...sourcing, cellId }))
      .thenRejects('R-CELL-ACTIVE');
  });

  it('rejects a helper who is not an official member', () => {
    given([])
      .when(command('source-candidate', '2023-01-10', { ...sourcing, helperId: 'probie' }))
      .thenRejects('R-HELPER');
  });

  it('rejects a second sourcing of the same stream', () => {
    given(SOURCED)
      .when(command('source-candidate', '2023-02-10', sourcing))
      .thenRejects('R-STAGE');
  });
});

describe('assign-helper', () => {
  it('assigns an official member as helper', () => {
    given(SOURCED)
      .when(command('assign-helper', '2023-02-01', { helperId: 'helper-1' }))
      .then([event('HelperAssigned', '2023-02-01', { helperId: 'helper-1' })]);
  });

  it.each([
    ['a probationary member', 'probie'],
    ['an unknown person', 'nobody'],
    ['the candidate', MEMBER_ID],
  ])('rejects %s as helper', (_, helperId) => {
    given(SOURCED)
      .when(command('assign-helper', '2023-02-01', { helperId }))
      .thenRejects('R-HELPER');
  });
});

describe('complete-awareness-course', () => {
  const course = {
    certificateNo: 'CN-1',
    issuer: 'Trung tâm Chính trị quận',
    certificateDate: '2023-02-28',
  };

  it('moves a sympathizer to course_completed', () => {
    const state = stateAfter(SOURCED, command('complete-awareness-course', '2023-03-01', course));
    expect(state.stage).toBe('course_completed');
    expect(state.dates.courseCertificate).toBe('2023-02-28');
  });

  it('rejects a certificate dated after the day it is recorded', () => {
    given(SOURCED)
      .when(
        command('complete-awareness-course', '2023-03-01', {
          ...course,
          certificateDate: '2023-03-02',
        }),
      )
      .thenRejects('R-DATE-ORDER');
  });

  it('rejects a certificate already past its validity', () => {
    given(SOURCED)
      .when(
        command('complete-awareness-course', '2023-03-01', {
          ...course,
          certificateDate: '2018-02-28',
        }),
      )
      .thenRejects('R-CERT');
  });
});

describe('submit-application', () => {
  /** Course done on 2023-03-01; the application follows. */
  const bornOn = (dateOfBirth: string) => sourcedAs(COURSE_COMPLETED, { person: { dateOfBirth } });

  // Issue 18: the age counts at the cell vote (QĐ 24 §1.1.1). This test rejected the application of
  // someone of 17 years 11 months; they may apply, and the application records a warning.
  it('accepts an applicant 18 years less one day old, warning that the cell votes from the 18th birthday', () => {
    const [submitted] = given(bornOn('2005-06-10'))
      .when(command('submit-application', '2023-06-09', {}))
      .thenAccepted();
    expect(submitted).toMatchObject({
      data: {
        ageMonths: 215,
        warnings: [{ rule: 'R-AGE', details: { ageMonths: 215, eligibleFrom: '2023-06-10' } }],
      },
    });
    const [warning] = (submitted.data as unknown as { warnings: { message: { vi: string } }[] })
      .warnings;
    expect(warning.message.vi).toBe(
      'Người vào Đảng phải đủ 18 tuổi khi chi bộ xét kết nạp (tính theo tháng); ngày 09/06/2023 mới 17 tuổi 11 tháng, đủ 18 tuổi từ 10/06/2023',
    );
  });

  it('accepts an applicant exactly 18 years old', () => {
    given(bornOn('2005-06-10'))
      .when(command('submit-application', '2023-06-10', {}))
      .then([event('ApplicationSubmitted', '2023-06-10', { ageMonths: 216 })]);
  });

  it('accepts an applicant of 60 years and some days without consent', () => {
    given(bornOn('1963-03-20'))
      .when(command('submit-application', '2023-04-03', {}))
      .thenAccepted();
  });

  // Issue 18: the consent is needed before the cell considers the applicant (checked at the cell vote,
  // R-AGE) and the province decides; this test rejected the application itself, which only warns now.
  it('accepts an applicant over 60 without the provincial written consent yet, with a warning', () => {
    const [submitted] = given(bornOn('1962-01-10'))
      .when(command('submit-application', '2023-04-03', {}))
      .thenAccepted();
    expect(submitted).toMatchObject({
      data: { warnings: [{ rule: 'R-AGE', details: { ageMonths: 734, maxAgeMonths: 720 } }] },
    });
    expect(JSON.stringify(submitted.data)).toContain('61 years 2 months');
  });

  it('accepts an applicant over 60 with the consent recorded', () => {
    given(bornOn('1962-01-10'))
      .when(command('submit-application', '2023-04-03', { overAgeConsentRef: '45-CV/TU' }))
      .then([
        event('ApplicationSubmitted', '2023-04-03', {
          ageMonths: 734,
          overAgeConsentRef: '45-CV/TU',
        }),
      ]);
  });

  it('accepts a certificate on the last day of its 60 months and rejects it the day after', () => {
    const certifiedOn = (certificateDate: string) =>
      COURSE_COMPLETED.map((item) =>
        item.type === 'AwarenessCourseCompleted'
          ? { ...item, data: { ...item.data, certificateDate } }
          : item,
      );
    given(certifiedOn('2018-04-03'))
      .when(command('submit-application', '2023-04-03', {}))
      .thenAccepted();
    const rejection = given(certifiedOn('2018-04-02'))
      .when(command('submit-application', '2023-04-03', {}))
      .thenRejects('R-CERT');
    expect(rejection.message.en).toContain('older than 60 months');
  });
});

describe('record-background-check and record-opinion', () => {
  it('records the background check conclusion', () => {
    given(APPLYING)
      .when(
        command('record-background-check', '2023-05-02', {
          conclusion: 'concerns',
          note: 'Cha ở nước ngoài',
        }),
      )
      .then([
        event('BackgroundCheckRecorded', '2023-05-02', {
          conclusion: 'concerns',
          note: 'Cha ở nước ngoài',
        }),
      ]);
  });

  it('records an opinion, the later one of a source replacing the earlier', () => {
    const opinion = {
      source: 'residence_cell' as const,
      favorable: false,
      summary: 'Chưa gương mẫu',
    };
    const state = stateAfter(DOSSIER_COMPLETE, command('record-opinion', '2023-05-10', opinion));
    expect(state.dossier.opinions.residence_cell).toEqual({ on: '2023-05-10', favorable: false });
  });

  it('rejects a background check before the application', () => {
    given(COURSE_COMPLETED)
      .when(command('record-background-check', '2023-05-02', { conclusion: 'clear' }))
      .thenRejects('R-STAGE');
  });
});

describe('assign-introducers', () => {
  const known = (memberId: string, knownSince = '2021-01-01') => ({ memberId, knownSince });

  it('accepts two official members who have known the applicant 12 months', () => {
    const introducers = [known('intro-1', '2022-05-03'), known('intro-2')];
    given(APPLYING)
      .when(command('assign-introducers', '2023-05-03', { introducers }))
      .then([event('IntroducersAssigned', '2023-05-03', { introducers })]);
  });

  it('accepts one introducer and a Youth Union resolution for a Youth Union member', () => {
    given(APPLYING)
      .when(
        command('assign-introducers', '2023-05-03', {
          introducers: [known('intro-1')],
          organizationResolution: { organization: 'youth_union', resolutionRef: '12-NQ/ĐTN' },
        }),
      )
      .thenAccepted();
  });

  it('rejects a Youth Union resolution for someone not in the Youth Union', () => {
    given(sourcedAs(APPLYING, { person: { youthUnionMember: false } }))
      .when(
        command('assign-introducers', '2023-05-03', {
          introducers: [known('intro-1')],
          organizationResolution: { organization: 'youth_union', resolutionRef: '12-NQ/ĐTN' },
        }),
      )
      .thenRejects('R-INTRO');
  });

  it.each([
    ['only one introducer', [known('intro-1')]],
    ['the same introducer twice', [known('intro-1'), known('intro-1')]],
    ['a probationary introducer', [known('intro-1'), known('probie')]],
    ['the applicant', [known('intro-1'), known(MEMBER_ID)]],
    ['an introducer known 11 months', [known('intro-1'), known('intro-2', '2022-05-04')]],
  ])('rejects %s', (_, introducers) => {
    given(APPLYING)
      .when(command('assign-introducers', '2023-05-03', { introducers }))
      .thenRejects('R-INTRO');
  });
});
