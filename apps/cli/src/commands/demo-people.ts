import { addDays, addYears, type LocalDate } from '@memberflow/domain';
import type {
  EducationLevel,
  Ethnicity,
  Person,
  PoliticalTheoryLevel,
  ProfessionalLevel,
} from '@memberflow/domain/member';
import type { DemoRandom } from './demo-random';

/**
 * People of a mountainous northern province: about half of its members belong to ethnic minorities
 * (Thái, Mông, Tày, Dao, Mường...), a third are women, few are religious, most have finished upper
 * secondary school. Names follow each group's common family names.
 */
const ETHNICITIES: readonly (readonly [Ethnicity, number])[] = [
  ['kinh', 467],
  ['thai', 160],
  ['hmong', 115],
  ['tay', 85],
  ['dao', 62],
  ['muong', 48],
  ['nung', 32],
  ['kho_mu', 20],
  ['ha_nhi', 11],
];
const MINORITIES = ETHNICITIES.filter(([ethnicity]) => ethnicity !== 'kinh');
/**
 * A little under the reference report's shares (10.182 women and 15.984 ethnic minority of 30.044
 * members: 33,89 % and 53,20 %): the demo's last members are drawn to meet them exactly.
 */
const FEMALE_SHARE = 0.3345;

const FAMILY_NAMES: Readonly<Partial<Record<Ethnicity, readonly string[]>>> = {
  kinh: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Đinh',
  ],
  thai: ['Lò', 'Lường', 'Cầm', 'Quàng', 'Tòng', 'Lù', 'Vì'],
  hmong: ['Giàng', 'Sùng', 'Vàng', 'Mùa', 'Thào', 'Hạng', 'Lầu'],
  tay: ['Hoàng', 'Nông', 'Ma', 'Hà', 'Lục', 'Triệu'],
  dao: ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Chảo'],
  muong: ['Bùi', 'Đinh', 'Quách', 'Hà'],
  nung: ['Nông', 'Hoàng', 'Lương', 'Vi'],
  kho_mu: ['Lò', 'Vi', 'Cút'],
  ha_nhi: ['Chu', 'Lý', 'Pờ'],
};
const MIDDLE_NAMES = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'A'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Mỹ'],
};
const GIVEN_NAMES = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Việt',
    'Chiến',
    'Páo',
    'Chư',
    'Xuân',
  ],
  female: [
    'Anh',
    'Hà',
    'Hằng',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Phương',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
    'Mỷ',
    'Dung',
  ],
};
const RELIGIONS = ['Phật giáo', 'Công giáo', 'Tin lành'];
const EDUCATION: readonly (readonly [EducationLevel, number])[] = [
  ['upper_secondary', 84],
  ['lower_secondary', 12],
  ['primary', 3],
  ['literate', 1],
];
const PROFESSIONAL: readonly (readonly [ProfessionalLevel, number])[] = [
  ['university', 42],
  ['college', 10],
  ['intermediate', 20],
  ['elementary', 8],
  ['none', 17],
  ['master', 3],
];
const THEORY: readonly (readonly [PoliticalTheoryLevel, number])[] = [
  ['elementary', 55],
  ['intermediate', 28],
  ['advanced', 5],
  ['none', 12],
];
const OCCUPATIONS = [
  'Cán bộ, công chức',
  'Nông dân',
  'Giáo viên',
  'Công nhân',
  'Hưu trí',
  'Lực lượng vũ trang',
  'Viên chức y tế',
  'Kinh doanh',
];
const PLACES = [
  'Mường Lát',
  'Quan Sơn',
  'Bá Thước',
  'Lang Chánh',
  'Thường Xuân',
  'Như Xuân',
  'Ngọc Lặc',
  'Cẩm Thủy',
];

/** Ages of the members on a date, in years: a party with many members in mid-life and retirees. */
const MEMBER_AGES: readonly (readonly [readonly [number, number], number])[] = [
  [[22, 30], 14],
  [[31, 40], 26],
  [[41, 50], 23],
  [[51, 60], 20],
  [[61, 75], 12],
  [[76, 90], 5],
];

/** What the caller fixes of a person drawn (the rest is drawn). */
export interface PersonDraw {
  readonly female?: boolean;
  readonly minority?: boolean;
}

export class PeopleFactory {
  private serial = 0;

  constructor(
    private readonly random: DemoRandom,
    /** Three digits starting every citizen ID (the province's code). */
    private readonly provinceCode = '038',
  ) {}

  /** A member's age on `on`, drawn from the party's age pyramid. */
  memberAge(): number {
    const [min, max] = this.random.weighted(MEMBER_AGES);
    return this.random.int(min, max);
  }

  /**
   * A person aged `age` (whole years) on `on`; `drawn` fixes whether they are a woman and whether they
   * belong to an ethnic minority (the group is drawn among the minorities then).
   */
  person(age: number, on: LocalDate, drawn: PersonDraw = {}): Person {
    const r = this.random;
    const female = r.chance(FEMALE_SHARE);
    const gender = (drawn.female ?? female) ? 'female' : 'male';
    const natural = r.weighted(ETHNICITIES);
    const ethnicity =
      drawn.minority === undefined || (natural !== 'kinh') === drawn.minority
        ? natural
        : drawn.minority
          ? r.weighted(MINORITIES)
          : 'kinh';
    const dateOfBirth = addDays(addYears(on, -age - 1), r.int(1, 364));
    const family = r.pick(FAMILY_NAMES[ethnicity] ?? FAMILY_NAMES.kinh ?? ['Nguyễn']);
    const fullName = `${family} ${r.pick(MIDDLE_NAMES[gender])} ${r.pick(GIVEN_NAMES[gender])}`;
    this.serial += 1;
    const century = Number(dateOfBirth.slice(0, 4)) >= 2000 ? 2 : 0;
    const genderDigit = century + (gender === 'female' ? 1 : 0);
    const citizenId = `${this.provinceCode}${genderDigit}${dateOfBirth.slice(2, 4)}${String(this.serial).padStart(6, '0')}`;
    const place = r.pick(PLACES);
    return {
      fullName,
      gender,
      dateOfBirth,
      ethnicity,
      ...(r.chance(0.07) ? { religion: r.pick(RELIGIONS) } : {}),
      citizenId,
      hometown: `Huyện ${place}`,
      residence: `Xã ${r.pick(PLACES)}, huyện ${place}`,
      education: r.weighted(EDUCATION),
      professionalLevel: r.weighted(PROFESSIONAL),
      politicalTheory: r.weighted(THEORY),
      occupation: age >= 62 ? 'Hưu trí' : r.pick(OCCUPATIONS),
      youthUnionMember: age <= 30 && r.chance(0.8),
    };
  }
}
