import { dateFromSerial, dateFromText, foldKey, READ, WRITE } from './cell-vocabulary';

describe('the values officers write in a roster, in the API vocabulary', () => {
  it('reads genders, ethnic groups and yes/no the ways forms write them', () => {
    expect(['Nam', 'nam', 'NAM', 'Nữ', 'nu', 'Nu\u0303'].map(READ.gender)).toEqual([
      'male',
      'male',
      'male',
      'female',
      'female',
      'female',
    ]);
    expect(READ.gender('Khác')).toBeUndefined();
    expect(
      ['Kinh', 'kinh', 'Mường', 'Muong', "H'Mông", 'Mông', 'Ê Đê', 'Ê-đê', '06', '6'].map(
        READ.ethnicity,
      ),
    ).toEqual([
      'kinh',
      'kinh',
      'muong',
      'muong',
      'hmong',
      'hmong',
      'e_de',
      'e_de',
      'muong',
      'muong',
    ]);
    expect(READ.ethnicity('Việt')).toBeUndefined();
    expect(['Có', 'x', 'Không', ''].map(READ.yesNo)).toEqual([true, true, false, false]);
    expect(READ.religion('Không')).toBeUndefined();
    expect(READ.religion('Phật giáo')).toBe('Phật giáo');
  });

  it('reads general education as grades of the twelve- and ten-year systems, or as words', () => {
    expect(
      ['12/12', '9/12', '11/12', '5/12', '3/12', '10/10', '7/10', '4/10'].map(READ.education),
    ).toEqual([
      'upper_secondary',
      'lower_secondary',
      'lower_secondary',
      'primary',
      'literate',
      'upper_secondary',
      'lower_secondary',
      'primary',
    ]);
    expect(['THPT', 'Trung học cơ sở', 'Tiểu học'].map(READ.education)).toEqual([
      'upper_secondary',
      'lower_secondary',
      'primary',
    ]);
    expect(READ.education('13/12')).toBeUndefined();
    expect(READ.professionalLevel('Đại học')).toBe('university');
    expect(READ.professionalLevel('Chưa qua đào tạo')).toBe('none');
    expect(READ.politicalTheory('Trung cấp')).toBe('intermediate');
    expect(READ.stage('Đảng viên chính thức')).toBe('official');
    expect(READ.stage('Dự bị')).toBe('probationary');
  });

  it('writes back what it reads', () => {
    for (const code of ['male', 'female']) expect(READ.gender(WRITE.gender(code))).toBe(code);
    for (const code of ['kinh', 'hmong', 'bru_van_kieu'])
      expect(READ.ethnicity(WRITE.ethnicity(code))).toBe(code);
    for (const code of ['literate', 'primary', 'lower_secondary', 'upper_secondary'])
      expect(READ.education(WRITE.education(code))).toBe(code);
    expect(READ.stage(WRITE.stage('admission_decided'))).toBe('admission_decided');
  });

  it('reads dates day first, as text, and as spreadsheet serial numbers', () => {
    expect(dateFromText('14/03/2022')).toBe('2022-03-14');
    expect(dateFromText('4/3/2022')).toBe('2022-03-04');
    expect(dateFromText('14-03-2022')).toBe('2022-03-14');
    expect(dateFromText('14.03.2022')).toBe('2022-03-14');
    expect(dateFromText('2022-03-14')).toBe('2022-03-14');
    expect(dateFromText('31/02/2022')).toBeUndefined();
    expect(dateFromText('03/14/2022')).toBeUndefined();
    expect(dateFromText('2022')).toBeUndefined();
    expect(dateFromSerial(44634)).toBe('2022-03-14');
    expect(dateFromSerial(25569)).toBe('1970-01-01');
    expect(dateFromSerial(0)).toBeUndefined();
    expect(dateFromSerial(-3)).toBeUndefined();
  });

  it('folds keys without marks, case or punctuation', () => {
    expect(foldKey("  Đảng viên H'Mông ")).toBe('dangvienhmong');
  });
});
