import { forAnalyst, seesPersonData } from './person-data';

describe("the analyst's view of person data", () => {
  const member = {
    id: 'm-1',
    stage: 'official',
    cellId: 'chibo',
    person: {
      fullName: 'Trần Thị Bình',
      gender: 'female',
      dateOfBirth: '1980-05-01',
      citizenId: '001080000001',
      hometown: 'Thọ Xuân',
      residence: 'Phường Điện Biên',
      ethnicity: 'kinh',
    },
    dossier: { backgroundCheck: { on: '2023-03-10', conclusion: 'clear' } },
    votes: { cell: { on: '2023-04-03' } },
    disciplines: [{ on: '2024-01-01', form: 'reprimand' }],
    cards: [{ cardNo: '01000123' }],
    removal: { on: '2025-01-01', form: 'name_removed', ground: 'absent_or_dues_unpaid' },
    dates: { sourced: '2023-01-05' },
  };

  it('keeps what a roster shows and cuts the birth date to the year', () => {
    expect(forAnalyst(member)).toEqual({
      id: 'm-1',
      stage: 'official',
      cellId: 'chibo',
      person: { fullName: 'Trần Thị Bình', gender: 'female', birthYear: 1980, ethnicity: 'kinh' },
      removal: { on: '2025-01-01', form: 'name_removed' },
      dates: { sourced: '2023-01-05' },
    });
  });

  it('applies at any depth and to read-model rows', () => {
    expect(
      forAnalyst({ rows: [{ full_name: 'A', citizen_id: '1', date_of_birth: '2001-02-03' }] }),
    ).toEqual({ rows: [{ full_name: 'A', birth_year: 2001 }] });
  });

  it('is for principals without a person-data role only', () => {
    const principal = (...roles: ('officer' | 'auditor' | 'analyst' | 'admin')[]) => ({
      id: 'x',
      roles,
      orgScope: '*',
    });
    expect(seesPersonData(principal('analyst'))).toBe(false);
    expect(seesPersonData(principal('analyst', 'auditor'))).toBe(true);
    expect(seesPersonData(principal('officer'))).toBe(true);
    expect(seesPersonData(principal('admin'))).toBe(true);
  });
});
