import { ETHNIC_GROUPS, normalizePerson, personProblems } from './person';
import { PERSON } from './testing';

describe('person data', () => {
  it("ships Vietnam's 54 ethnic groups with distinct codes and GSO numbers 01–54", () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((group) => group.code)).size).toBe(54);
    expect(ETHNIC_GROUPS.map((group) => Number(group.gsoCode))).toEqual(
      Array.from({ length: 54 }, (_, i) => i + 1),
    );
    expect(ETHNIC_GROUPS.every((group) => group.vi === group.vi.normalize('NFC'))).toBe(true);
  });

  it('normalizes text: NFC, trimmed, single spaces; an empty religion means none', () => {
    const messy = normalizePerson({
      ...PERSON,
      fullName: ' Trần  Thị   Mỹ '.normalize('NFD'),
      hometown: ' Huế ',
      religion: '   ',
      citizenId: ' 001200012345 ',
    });
    expect(messy.fullName).toBe('Trần Thị Mỹ');
    expect(messy.fullName).toBe(messy.fullName.normalize('NFC'));
    expect(messy.hometown).toBe('Huế');
    expect(messy.citizenId).toBe('001200012345');
    expect(messy).not.toHaveProperty('religion');
    expect(normalizePerson({ ...PERSON, religion: ' Công giáo ' }).religion).toBe('Công giáo');
  });

  it('accepts valid data', () => {
    expect(personProblems(PERSON, '2024-01-01')).toEqual([]);
  });

  it.each([
    ['a citizen ID of 11 digits', { citizenId: '00120001234' }, 'citizenId'],
    ['a citizen ID with letters', { citizenId: '00120001234A' }, 'citizenId'],
    ['a name with digits', { fullName: 'Nguyễn Văn 2' }, 'fullName'],
    ['an empty name', { fullName: '' }, 'fullName'],
    ['a birth date after the stated date', { dateOfBirth: '2024-01-02' }, 'dateOfBirth'],
    ['a birth date that does not exist', { dateOfBirth: '2001-02-29' }, 'dateOfBirth'],
    ['an unknown ethnicity', { ethnicity: 'viet' }, 'ethnicity'],
    ['an empty residence', { residence: '' }, 'residence'],
    ['an unknown education level', { education: 'phd' }, 'education'],
  ])('rejects %s', (_, change, field) => {
    const problems = personProblems({ ...PERSON, ...change } as typeof PERSON, '2024-01-01');
    expect(problems.map((problem) => problem.field)).toEqual([field]);
  });

  it('accepts names of ethnic minorities with hyphens and single words', () => {
    expect(personProblems({ ...PERSON, fullName: 'Y-Moan Niê' }, '2024-01-01')).toEqual([]);
    expect(personProblems({ ...PERSON, fullName: 'Ksor' }, '2024-01-01')).toEqual([]);
  });
});
