import type { Bilingual } from '../kernel/rejection';

/** The closed lists commands and events use, each value with a Vietnamese and an English label. */
type Labelled<Code extends string> = Readonly<Record<Code, Bilingual>>;

function codes<Code extends string>(labels: Labelled<Code>): readonly Code[] {
  return Object.keys(labels) as Code[];
}

/** The mass organization that puts a candidate forward (tạo nguồn). */
export const MASS_ORGANIZATION_LABELS: Labelled<
  | 'youth_union'
  | 'women_union'
  | 'trade_union'
  | 'veterans_association'
  | 'farmers_association'
  | 'fatherland_front'
  | 'other'
> = {
  youth_union: { vi: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', en: 'Youth Union' },
  women_union: { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" },
  trade_union: { vi: 'Công đoàn', en: 'Trade union' },
  veterans_association: { vi: 'Hội Cựu chiến binh', en: 'Veterans Association' },
  farmers_association: { vi: 'Hội Nông dân', en: 'Farmers Association' },
  fatherland_front: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  other: { vi: 'Tổ chức khác', en: 'Other' },
};
export type MassOrganization = keyof typeof MASS_ORGANIZATION_LABELS;
export const MASS_ORGANIZATIONS = codes(MASS_ORGANIZATION_LABELS);

/** An organization whose resolution may replace one introducer (Youth Union, or a trade union). */
export const INTRODUCING_ORGANIZATIONS = ['youth_union', 'trade_union'] as const;
export type IntroducingOrganization = (typeof INTRODUCING_ORGANIZATIONS)[number];

export const BACKGROUND_CONCLUSION_LABELS: Labelled<'clear' | 'concerns'> = {
  clear: { vi: 'Lý lịch rõ ràng', en: 'Clear' },
  concerns: { vi: 'Có vấn đề cần xem xét', en: 'Concerns' },
};
export type BackgroundConclusion = keyof typeof BACKGROUND_CONCLUSION_LABELS;
export const BACKGROUND_CONCLUSIONS = codes(BACKGROUND_CONCLUSION_LABELS);

/** The two opinions the dossier needs before the cell votes. */
export const OPINION_SOURCE_LABELS: Labelled<'mass_organization' | 'residence_cell'> = {
  mass_organization: {
    vi: 'Tổ chức chính trị - xã hội nơi làm việc',
    en: 'Mass organization at the workplace',
  },
  residence_cell: { vi: 'Chi ủy, chi bộ nơi cư trú', en: 'Cell at the place of residence' },
};
export type OpinionSource = keyof typeof OPINION_SOURCE_LABELS;
export const OPINION_SOURCES = codes(OPINION_SOURCE_LABELS);

export const RATING_GRADE_LABELS: Labelled<'excellent' | 'good' | 'complete' | 'not_complete'> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'Complete' },
  not_complete: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not complete' },
};
export type RatingGrade = keyof typeof RATING_GRADE_LABELS;
/** Best first. */
export const RATING_GRADES = codes(RATING_GRADE_LABELS);

export const EXEMPTION_GROUND_LABELS: Labelled<'elderly' | 'ill'> = {
  elderly: { vi: 'Tuổi cao', en: 'Elderly' },
  ill: { vi: 'Sức khỏe yếu', en: 'Ill' },
};
export type ExemptionGround = keyof typeof EXEMPTION_GROUND_LABELS;
export const EXEMPTION_GROUNDS = codes(EXEMPTION_GROUND_LABELS);

/** Grounds for the help list in the screening (HD 02-HD/BTCTW). */
export const HELP_GROUND_LABELS: Labelled<
  | 'not_complete_two_years'
  | 'reoffended_under_discipline'
  | 'political_or_moral_decline'
  | 'exemplary_conduct_breach'
  | 'low_standing'
> = {
  not_complete_two_years: {
    vi: 'Hai năm liền không hoàn thành nhiệm vụ',
    en: 'Rated not complete two years running',
  },
  reoffended_under_discipline: {
    vi: 'Tái phạm khi đang chịu kỷ luật từ cảnh cáo trở lên',
    en: 'Reoffended while under a warning or heavier penalty',
  },
  political_or_moral_decline: {
    vi: 'Suy thoái về tư tưởng chính trị, đạo đức, lối sống',
    en: 'Political or moral decline',
  },
  exemplary_conduct_breach: {
    vi: 'Vi phạm quy định về nêu gương',
    en: 'Breach of the exemplary-conduct rules',
  },
  low_standing: { vi: 'Uy tín thấp', en: 'Low standing' },
};
export type HelpGround = keyof typeof HELP_GROUND_LABELS;
export const HELP_GROUNDS = codes(HELP_GROUND_LABELS);

/** Disciplinary forms for members, lightest first. */
export const DISCIPLINE_FORM_LABELS: Labelled<
  'reprimand' | 'warning' | 'dismissal_from_post' | 'expulsion'
> = {
  reprimand: { vi: 'Khiển trách', en: 'Reprimand' },
  warning: { vi: 'Cảnh cáo', en: 'Warning' },
  dismissal_from_post: { vi: 'Cách chức', en: 'Dismissal from post' },
  expulsion: { vi: 'Khai trừ', en: 'Expulsion' },
};
export type DisciplineForm = keyof typeof DISCIPLINE_FORM_LABELS;
export const DISCIPLINE_FORMS = codes(DISCIPLINE_FORM_LABELS);
/** The only forms a probationary member may receive. */
export const PROBATIONARY_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['reprimand', 'warning'];

/** Grounds for name removal (xóa tên, QĐ 24 §8.1): not a disciplinary penalty. */
export const NAME_REMOVAL_GROUND_LABELS: Labelled<
  | 'absent_or_dues_unpaid'
  | 'card_returned'
  | 'no_progress_after_help'
  | 'standards_violated_two_years'
  | 'political_standards'
> = {
  absent_or_dues_unpaid: {
    vi: 'Bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm',
    en: 'Absent or dues unpaid 3 months in a year',
  },
  card_returned: { vi: 'Tự ý trả thẻ đảng viên hoặc hủy thẻ', en: 'Card returned or destroyed' },
  no_progress_after_help: {
    vi: 'Không tiến bộ sau thời gian được giúp đỡ',
    en: 'No progress after the help period',
  },
  standards_violated_two_years: {
    vi: 'Hai năm liền vi phạm tư cách đảng viên',
    en: 'Member standards violated two years running',
  },
  political_standards: { vi: 'Không đủ tiêu chuẩn chính trị', en: 'Fails political standards' },
};
export type NameRemovalGround = keyof typeof NAME_REMOVAL_GROUND_LABELS;
export const NAME_REMOVAL_GROUNDS = codes(NAME_REMOVAL_GROUND_LABELS);

/** How a member left the party: the `removed` stage keeps it. */
export const REMOVAL_FORM_LABELS: Labelled<
  'probation_not_recognized' | 'name_removed' | 'withdrawn' | 'expelled'
> = {
  probation_not_recognized: {
    vi: 'Xóa tên trong danh sách đảng viên dự bị',
    en: 'Probation not recognized',
  },
  name_removed: { vi: 'Xóa tên', en: 'Name removed' },
  withdrawn: { vi: 'Cho ra khỏi Đảng', en: 'Withdrawn' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
};
export type RemovalForm = keyof typeof REMOVAL_FORM_LABELS;
export const REMOVAL_FORMS = codes(REMOVAL_FORM_LABELS);

export const TRANSFER_KIND_LABELS: Labelled<'permanent' | 'temporary' | 'return'> = {
  permanent: { vi: 'Chuyển sinh hoạt đảng chính thức', en: 'Permanent transfer' },
  temporary: { vi: 'Chuyển sinh hoạt đảng tạm thời', en: 'Temporary transfer' },
  return: { vi: 'Trở về sinh hoạt tại chi bộ chính thức', en: 'Return from a temporary transfer' },
};
export type TransferKind = keyof typeof TRANSFER_KIND_LABELS;
export const TRANSFER_KINDS = codes(TRANSFER_KIND_LABELS);

/** Why a temporary transfer happens: training may last longer than a work or residence change. */
export const TEMPORARY_PURPOSE_LABELS: Labelled<'work' | 'residence' | 'training'> = {
  work: { vi: 'Công tác', en: 'Work' },
  residence: { vi: 'Cư trú', en: 'Residence' },
  training: { vi: 'Học tập', en: 'Training' },
};
export type TemporaryPurpose = keyof typeof TEMPORARY_PURPOSE_LABELS;
export const TEMPORARY_PURPOSES = codes(TEMPORARY_PURPOSE_LABELS);

/** Why a new card replaces the active one. */
export const CARD_REISSUE_LABELS: Labelled<'lost' | 'damaged' | 'replacement'> = {
  lost: { vi: 'Mất thẻ', en: 'Lost' },
  damaged: { vi: 'Thẻ hư hỏng', en: 'Damaged' },
  replacement: { vi: 'Đổi thẻ theo chủ trương', en: 'Campaign replacement' },
};
export type CardReissue = keyof typeof CARD_REISSUE_LABELS;
export const CARD_REISSUES = codes(CARD_REISSUE_LABELS);

/**
 * Positions a person holds, as dated events on their record (issue 18): the village's own leaders, the
 * party's secretaries and committee members, the heads of the Front and the mass organizations, the
 * commune's cadres. What each is held in is {@link POSITION_TARGETS}.
 */
export const POSITION_LABELS: Labelled<
  | 'village_head'
  | 'deputy_village_head'
  | 'cell_secretary'
  | 'cell_deputy_secretary'
  | 'committee_secretary'
  | 'committee_deputy_secretary'
  | 'committee_member'
  | 'mass_organization_head'
  | 'commune_cadre'
> = {
  village_head: { vi: 'Trưởng thôn, bản, tổ dân phố', en: 'Village head' },
  deputy_village_head: { vi: 'Phó trưởng thôn, bản, tổ dân phố', en: 'Deputy village head' },
  cell_secretary: { vi: 'Bí thư chi bộ', en: 'Cell secretary' },
  cell_deputy_secretary: { vi: 'Phó Bí thư chi bộ', en: 'Deputy cell secretary' },
  committee_secretary: { vi: 'Bí thư cấp ủy', en: 'Committee secretary' },
  committee_deputy_secretary: { vi: 'Phó Bí thư cấp ủy', en: 'Deputy committee secretary' },
  committee_member: { vi: 'Cấp ủy viên', en: 'Committee member' },
  mass_organization_head: {
    vi: 'Người đứng đầu Mặt trận hoặc đoàn thể',
    en: 'Head of the Front or a mass organization',
  },
  commune_cadre: { vi: 'Cán bộ, công chức cấp xã', en: 'Commune cadre or civil servant' },
};
export type Position = keyof typeof POSITION_LABELS;
export const POSITIONS = codes(POSITION_LABELS);

/**
 * What a position is held in: a village (`villageId`); a cell, a committee or any party unit
 * (`unitId`, whose kind fixes the committee's level); the Front or a mass organization of a village or a
 * unit (`organization` and one of them); the commune (`unitId`: the unit standing for it).
 */
export type PositionTarget =
  'village' | 'cell' | 'committee' | 'party_unit' | 'organization' | 'unit';

export const POSITION_TARGETS: Readonly<Record<Position, PositionTarget>> = {
  village_head: 'village',
  deputy_village_head: 'village',
  cell_secretary: 'cell',
  cell_deputy_secretary: 'cell',
  committee_secretary: 'committee',
  committee_deputy_secretary: 'committee',
  committee_member: 'party_unit',
  mass_organization_head: 'organization',
  commune_cadre: 'unit',
};

/** Party posts: only official members hold them (a probationary member cannot stand for election). */
export const PARTY_POSITIONS: readonly Position[] = [
  'cell_secretary',
  'cell_deputy_secretary',
  'committee_secretary',
  'committee_deputy_secretary',
  'committee_member',
];

/** The level of a party committee, from the kind of its unit (statistics count committee members by it). */
export const COMMITTEE_LEVEL_LABELS: Labelled<
  'central' | 'province' | 'direct' | 'grassroots' | 'partial' | 'cell'
> = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  direct: {
    vi: 'Cấp trên trực tiếp cơ sở (huyện, xã, đảng bộ trực thuộc)',
    en: 'Directly above the grassroots (district, commune, directly subordinate committee)',
  },
  grassroots: { vi: 'Cơ sở', en: 'Grassroots' },
  partial: { vi: 'Đảng bộ bộ phận', en: 'Partial committee' },
  cell: { vi: 'Chi bộ (chi ủy)', en: 'Cell (cell committee)' },
};
export type CommitteeLevel = keyof typeof COMMITTEE_LEVEL_LABELS;
export const COMMITTEE_LEVELS = codes(COMMITTEE_LEVEL_LABELS);
