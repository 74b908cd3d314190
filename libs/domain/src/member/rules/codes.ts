import { DATE_RULES, reject, type Bilingual, type Rejection } from '../../kernel/rejection';

/** Every rule the member lifecycle checks: its code and what it demands. */
export const RULES = {
  'R-STAGE': {
    vi: 'Hành động phải được phép ở giai đoạn hiện tại',
    en: 'The action must be allowed from the current stage',
  },
  // A command's date: the same codes in every aggregate.
  ...DATE_RULES,
  'R-PERSON': { vi: 'Thông tin cá nhân phải hợp lệ', en: 'Person data must be valid' },
  'R-CELL-ACTIVE': {
    vi: 'Chi bộ phải tồn tại và đang hoạt động',
    en: 'The cell must exist and be active',
  },
  'R-HELPER': {
    vi: 'Người giúp đỡ phải là đảng viên chính thức',
    en: 'The helper must be an official member',
  },
  'R-IMPORT-DATES': {
    vi: 'Các mốc thời gian nhập phải nhất quán (quyết định ≤ lễ kết nạp; công nhận = lễ kết nạp + thời gian dự bị)',
    en: 'Imported dates must agree (decision ≤ ceremony; recognition = ceremony + probation)',
  },
  'R-AGE': {
    vi: 'Khi chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng); trên 60 tuổi cần văn bản đồng ý trước của ban thường vụ tỉnh ủy',
    en: "At the cell vote, applicants are 18 to 60 (in months); over 60 needs the provincial standing committee's prior written consent",
  },
  'R-EDUCATION': {
    vi: 'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên; ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa và ngư dân: tiểu học; già làng, trưởng bản, người có uy tín ở các vùng đó: biết đọc, biết viết',
    en: 'Applicants need a lower-secondary diploma; primary school in mountainous, border, island, ethnic-minority and remote areas and for fishermen; literacy for village elders and reputable figures there',
  },
  'R-CERT': {
    vi: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng phải còn giá trị',
    en: 'The awareness-course certificate must be valid',
  },
  'R-INTRO': {
    vi: 'Hai đảng viên chính thức giới thiệu (hoặc một và nghị quyết Đoàn/Công đoàn), quen biết người vào Đảng đủ thời gian',
    en: 'Two official members introduce (or one and a Youth Union or trade union resolution), having known the applicant long enough',
  },
  'R-DOSSIER': {
    vi: 'Hồ sơ phải có thẩm tra lý lịch, người giới thiệu và đủ hai ý kiến nhận xét',
    en: 'The dossier needs the background check, introducers and both opinions',
  },
  'R-STALE': {
    vi: 'Giới thiệu và nhận xét quá thời hạn phải làm lại',
    en: 'Introductions and opinions past their time must be redone',
  },
  'R-VOTE': {
    vi: 'Biểu quyết phải đạt tỷ lệ trên tổng số người có quyền biểu quyết',
    en: 'Votes must reach the share of all members entitled to vote',
  },
  'R-ENDORSEMENT': {
    vi: 'Đảng ủy cơ sở xét sau chi bộ trực thuộc; chi bộ cơ sở không qua bước này',
    en: 'The grassroots committee votes after a cell under it; a grassroots cell skips that step',
  },
  'R-AUTHORITY': {
    vi: 'Quyết định do ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng, đảng ủy cơ sở được ủy quyền hoặc (tổ chức cơ sở đảng trực thuộc tỉnh ủy) thường trực tỉnh ủy; trên 60 tuổi: tỉnh ủy',
    en: 'Decided by the standing committee of the direct superior of the grassroots organization, an authorised grassroots committee, or (directly under the province) the provincial standing members; over 60: the province',
  },
  'R-DEADLINE': {
    vi: 'Thời hạn tính theo ngày làm việc (quá hạn được ghi nhận, không cấm)',
    en: 'Deadlines in working days (lateness is flagged, not forbidden)',
  },
  'R-CEREMONY-LATE': {
    vi: 'Lễ kết nạp quá thời hạn cần sự đồng ý của cấp ủy cấp trên',
    en: 'A late ceremony needs the superior committee’s consent',
  },
  'R-PROBATION-END': {
    vi: 'Chỉ xét công nhận chính thức khi hết thời gian dự bị',
    en: 'Recognition only once the probation has ended',
  },
  'R-RECOGNITION-VOTE': {
    vi: 'Công nhận chính thức cần nghị quyết đề nghị đã đạt',
    en: 'Recognition needs a passed recognition vote',
  },
  'R-CARD': {
    vi: 'Chỉ phát thẻ cho đảng viên chính thức, mỗi người một thẻ đang dùng',
    en: 'Cards only for official members, one active card each',
  },
  'R-TRANSFER': {
    vi: 'Chuyển sinh hoạt đúng loại và thời hạn',
    en: 'Transfers of the right kind and length',
  },
  'R-RATING-ONCE': { vi: 'Mỗi năm đánh giá một lần', en: 'One rating per year' },
  'R-RATING-YEAR': {
    vi: 'Năm đánh giá phải là năm đảng viên đã sinh hoạt, không ở tương lai',
    en: 'The rated year must be one of membership, not in the future',
  },
  'R-RATING-EXEMPT': {
    vi: 'Đảng viên được miễn công tác và sinh hoạt đảng không phải đánh giá, xếp loại',
    en: 'Members exempt from work and party activities are not rated',
  },
  'R-RATING-SCORE': {
    vi: 'Xếp loại phải phù hợp với điểm (khi đánh giá theo thang điểm 100)',
    en: 'The grade must agree with the score (when rating by a 100-point score)',
  },
  'R-RATING-QUOTA': {
    vi: 'Số đảng viên hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ của tổ chức cơ sở đảng (cảnh báo)',
    en: 'Members rated excellent at most 20% of those rated good in the grassroots organization (warning)',
  },
  'R-EXEMPTION': {
    vi: 'Miễn hoặc thôi miễn công tác phù hợp với tình trạng hiện tại',
    en: 'Grant or end an exemption consistent with the current one',
  },
  'R-BADGE': {
    vi: 'Huy hiệu Đảng theo mốc tuổi đảng đã đủ, mỗi mốc một lần',
    en: 'Badges at party-age milestones reached, once each',
  },
  'R-HELP-LIST': {
    vi: 'Đưa vào hoặc ra khỏi diện giúp đỡ phù hợp với căn cứ và tình trạng hiện tại',
    en: 'Help list entries consistent with their grounds and the current list',
  },
  'R-DISCIPLINE-PROBATION': {
    vi: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo',
    en: 'Probationary members: reprimand or warning only',
  },
  'R-EXPULSION': {
    vi: 'Khai trừ cần biểu quyết của chi bộ và sự chuẩn y của ủy ban kiểm tra cấp trên',
    en: "Expulsion needs the cell's vote and the superior inspection commission's approval",
  },
  'R-REMOVAL-GROUND': {
    vi: 'Căn cứ xóa tên phải phù hợp với hồ sơ',
    en: 'The ground for name removal must agree with the record',
  },
  'R-WITHDRAWAL': {
    vi: 'Chỉ cho ra khỏi Đảng khi đảng viên không có vi phạm đang xem xét',
    en: 'Withdrawal only for members without pending violations',
  },
  'R-READMIT': {
    vi: 'Kết nạp lại một lần, có văn bản đồng ý của ban thường vụ tỉnh ủy, sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (60 tháng kể từ khi được xóa án tích tội ít nghiêm trọng); không kết nạp lại người đã tự ý bỏ sinh hoạt đảng, xin ra khỏi Đảng (trừ vì gia đình đặc biệt khó khăn), gây chia rẽ, bè phái nghiêm trọng, tham nhũng, bị kết án về tội nghiêm trọng trở lên',
    en: 'Readmission once, with provincial written consent, at least 36 months after leaving (60 after a less serious conviction is expunged); never after abandoning activities, asking to leave (unless for family hardship), serious disunity, corruption or a serious conviction',
  },
  'R-POSITION': {
    vi: 'Chức vụ phải giữ tại một thôn hoặc đơn vị đang hoạt động; chức vụ trong Đảng chỉ đảng viên chính thức giữ; thôi giữ chức vụ đang giữ',
    en: 'A position is held in an active village or unit; party posts only by official members; only a held position ends',
  },
  'R-RESIDENCE': {
    vi: 'Thôn, tổ dân phố nơi cư trú phải đang tồn tại',
    en: 'The village of residence must exist and be active',
  },
  'R-CORRECTION': {
    vi: 'Đính chính phải có lý do và thay đổi ít nhất một thông tin',
    en: 'A correction needs a reason and at least one changed field',
  },
} as const satisfies Record<string, Bilingual>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

/** What a check answers: why the command may not happen, or nothing. */
export type Check = Rejection | undefined;

/** The member rules' `reject`: a code outside RULES does not compile. */
export function rejectMember(
  rule: RuleCode,
  message: Bilingual,
  details?: Readonly<Record<string, unknown>>,
): Rejection {
  return reject(rule, message, details);
}

export function bilingual(vi: string, en: string): Bilingual {
  return { vi, en };
}
