/** Votes: integers only, shares of ALL entitled members (absent ones count against). */
import type { Bilingual } from '../../kernel/rejection';
import type { Threshold } from '../../policy/policy';
import type { VoteTally } from '../member.events';
import { bilingual, rejectMember, type Check } from './codes';

export function describeThreshold(threshold: Threshold): Bilingual {
  const share = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.strict
    ? bilingual(`trên ${share}`, `more than ${share}`)
    : bilingual(`ít nhất ${share}`, `at least ${share}`);
}

export function reaches(tally: VoteTally, threshold: Threshold): boolean {
  const favor = tally.inFavor * threshold.denominator;
  const needed = tally.entitled * threshold.numerator;
  return threshold.strict ? favor > needed : favor >= needed;
}

/**
 * The counts are whole numbers, someone is entitled, those in favor are no more than those present,
 * those present no more than those entitled. `_demand` names the vote (kept for the callers' symmetry
 * with checkVotePassed; the message gives the counts, which say what is wrong).
 */
export function checkVoteCounts(tally: VoteTally, _demand?: Bilingual): Check {
  const { entitled, present, inFavor } = tally;
  const counts = [entitled, inFavor, ...(present === undefined ? [] : [present])];
  const valid =
    counts.every((n) => Number.isInteger(n) && n >= 0) &&
    entitled > 0 &&
    inFavor <= (present ?? entitled) &&
    (present ?? 0) <= entitled;
  if (valid) return undefined;
  return rejectMember(
    'R-VOTE',
    bilingual(
      `Số phiếu không hợp lệ: ${entitled} người có quyền biểu quyết, ${present ?? 'không ghi'} có mặt, ${inFavor} đồng ý (số đồng ý không vượt số có mặt, số có mặt không vượt số có quyền biểu quyết)`,
      `Invalid counts: ${entitled} entitled, ${present ?? 'not stated'} present, ${inFavor} in favor (in favor at most present, present at most entitled)`,
    ),
    { ...tally },
  );
}

/** Why a vote did not pass, e.g. "Nghị quyết chi bộ cần ít nhất 2/3 ... (7/12 < 2/3)". */
export function voteShortfall(
  tally: VoteTally,
  threshold: Threshold,
  demand: Bilingual,
): Bilingual {
  const share = `${threshold.numerator}/${threshold.denominator}`;
  const sign = threshold.strict ? '≤' : '<';
  const ratio = `${tally.inFavor}/${tally.entitled} ${sign} ${share}`;
  const need = describeThreshold(threshold);
  return bilingual(
    `${demand.vi.replace('{share}', need.vi)} (${ratio})`,
    `${demand.en.replace('{share}', need.en)} (${ratio})`,
  );
}

/** The demand of each body's vote; `{share}` is replaced by the threshold. */
export const VOTE_DEMANDS = {
  cell: bilingual(
    'Nghị quyết chi bộ cần {share} tổng số đảng viên chính thức đồng ý',
    'The cell resolution needs {share} of all official members in favor',
  ),
  committee: bilingual(
    'Nghị quyết đảng ủy cơ sở cần {share} tổng số cấp ủy viên đồng ý',
    'The grassroots committee resolution needs {share} of all its members in favor',
  ),
  helpList: bilingual(
    'Đưa vào diện giúp đỡ cần {share} tổng số đảng viên chính thức (trừ người được miễn) đồng ý',
    'The help list needs {share} of all official members (exempt ones excluded) in favor',
  ),
  probationRemoval: bilingual(
    'Xóa tên đảng viên dự bị cần {share} tổng số đảng viên chính thức của chi bộ đồng ý',
    'Removing a probationary member needs {share} of all official members of the cell in favor',
  ),
  expulsion: bilingual(
    'Khai trừ cần {share} tổng số đảng viên chính thức của chi bộ đồng ý',
    'Expulsion needs {share} of all official members of the cell in favor',
  ),
} as const;

/** For votes a step cannot happen without: counts valid and the threshold reached. */
export function checkVotePassed(tally: VoteTally, threshold: Threshold, demand: Bilingual): Check {
  const invalid = checkVoteCounts(tally, demand);
  if (invalid) return invalid;
  if (reaches(tally, threshold)) return undefined;
  return rejectMember('R-VOTE', voteShortfall(tally, threshold, demand), {
    ...tally,
    threshold: `${threshold.numerator}/${threshold.denominator}`,
  });
}
