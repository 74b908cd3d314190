import type { Bilingual } from '../kernel/rejection';

/** The stages of a member's lifecycle, one at a time (domain.md §2). */
export const MEMBER_STAGES = [
  'sympathizer',
  'course_completed',
  'applying',
  'cell_resolved',
  'committee_endorsed',
  'admission_decided',
  'probationary',
  'official',
  'removed',
  'deceased',
  'candidacy_ended',
] as const;

export type MemberStage = (typeof MEMBER_STAGES)[number];

/** The stage of a stream with no event yet: only the actions that create a member apply to it. */
export const NEW = 'new';
export type StageOrNew = MemberStage | typeof NEW;

export const STAGE_LABELS: Readonly<Record<StageOrNew, Bilingual>> = {
  new: { vi: 'Chưa có hồ sơ', en: 'No record yet' },
  sympathizer: { vi: 'Quần chúng ưu tú (cảm tình Đảng)', en: 'Sympathizer' },
  course_completed: {
    vi: 'Đã học lớp bồi dưỡng nhận thức về Đảng',
    en: 'Awareness course completed',
  },
  applying: { vi: 'Đang làm hồ sơ vào Đảng', en: 'Applying' },
  cell_resolved: { vi: 'Chi bộ đã có nghị quyết đề nghị kết nạp', en: 'Cell resolution passed' },
  committee_endorsed: { vi: 'Đảng ủy cơ sở đã đồng ý', en: 'Grassroots committee endorsed' },
  admission_decided: { vi: 'Đã có quyết định kết nạp', en: 'Admission decided' },
  probationary: { vi: 'Đảng viên dự bị', en: 'Probationary member' },
  official: { vi: 'Đảng viên chính thức', en: 'Official member' },
  removed: { vi: 'Đã ra khỏi Đảng', en: 'Removed' },
  deceased: { vi: 'Đã từ trần', en: 'Deceased' },
  candidacy_ended: { vi: 'Dừng xem xét kết nạp', en: 'Candidacy ended' },
};

/** Before the admission ceremony: the person is a candidate, not yet a member. */
export const PRE_ADMISSION_STAGES: readonly MemberStage[] = [
  'sympathizer',
  'course_completed',
  'applying',
  'cell_resolved',
  'committee_endorsed',
  'admission_decided',
];

/** The person is a party member (counted in the rosters). */
export const MEMBERSHIP_STAGES: readonly MemberStage[] = ['probationary', 'official'];

/** Stages with no way out except a correction or, for `removed`, readmission. */
export const FINAL_STAGES: readonly MemberStage[] = ['removed', 'deceased', 'candidacy_ended'];

export function isMemberStage(value: string): value is MemberStage {
  return (MEMBER_STAGES as readonly string[]).includes(value);
}
