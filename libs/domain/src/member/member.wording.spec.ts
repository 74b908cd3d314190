/**
 * The Vietnamese wording of the rules (issue 18; docs/domain-rules.md §Wording): what an officer reads
 * must be plain Vietnamese, name its noun, and not say a field label twice.
 */
import { formatAge, quotaWarning, RULES } from './rules';
import { REMOVAL_FORM_LABELS } from './member.vocabulary';
import { TRANSITIONS } from './transitions';
import { POLICY_2021 } from '../policy/policy-2021';

describe('wording', () => {
  it('says "18 tuổi", never "18 tuổi 0 tháng"', () => {
    expect(formatAge(216).vi).toBe('18 tuổi');
    expect(formatAge(215).vi).toBe('17 tuổi 11 tháng');
    expect(RULES['R-AGE'].vi).toContain('phải đủ 18 tuổi');
  });

  it('names the members rated and says 20% in the quota warning', () => {
    const warning = quotaWarning(
      'excellent',
      { organizationId: 'g', year: 2024, excellent: 2, good: 10 },
      POLICY_2021.rating.excellentQuotaOfGood,
    );
    expect(warning?.message.vi).toBe(
      'Số đảng viên hoàn thành xuất sắc nhiệm vụ (3) vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ (10) của tổ chức cơ sở đảng',
    );
    expect(RULES['R-RATING-QUOTA'].vi).toContain('20%');
  });

  it('calls the decision on a request to leave "cho ra khỏi Đảng"', () => {
    expect(TRANSITIONS['accept-withdrawal'].label.vi).toMatch(/^Cho ra khỏi Đảng/);
    expect(REMOVAL_FORM_LABELS.withdrawn.vi).toBe('Cho ra khỏi Đảng');
    expect(RULES['R-WITHDRAWAL'].vi).toContain('cho ra khỏi Đảng');
  });

  it('exempts from rating with "không phải đánh giá, xếp loại" and names party activities', () => {
    expect(RULES['R-RATING-EXEMPT'].vi).toBe(
      'Đảng viên được miễn công tác và sinh hoạt đảng không phải đánh giá, xếp loại',
    );
  });

  it('leaves no placeholder in a rule’s explanation', () => {
    for (const [code, text] of Object.entries(RULES)) {
      expect({ code, vi: text.vi.includes('{') }).toEqual({ code, vi: false });
    }
  });
});
