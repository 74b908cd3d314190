import { formatDateVi, todayInVietnam } from '@memberflow/domain';
import type { ProjectionService } from '@memberflow/application';
import type { ProvinceScript } from './demo-province';
import { formatCount } from './verify-progress';

const PERCENT = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `71,76%`: a share the Vietnamese way. */
export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${PERCENT.format((part * 100) / whole)}%`;
}

/**
 * The province's figures as the reference report states them (domain.md §4), read back from the
 * projections the demo's events fed: units by kind, members and their make-up, the year's admissions
 * against plan.
 */
export async function formatDemoReport(
  projections: ProjectionService,
  script: ProvinceScript,
): Promise<string> {
  const today = todayInVietnam();
  const [report, admissions, root] = await Promise.all([
    projections.statistics.current(script.rootId, today),
    projections.statistics.admissions(script.rootId, script.admissionYear),
    projections.orgs.unit(script.rootId),
  ]);
  if (!report || !admissions) return 'the statistics are not ready yet\n';
  const { units, members, people } = report.total;
  const grassroots = units.grassroots_committee + units.grassroots_cell;
  const band = members.byAgeBand;
  const admitted = admissions.total.admitted;
  const target = admissions.total.target;
  const candidates =
    people.sympathizer +
    people.course_completed +
    people.applying +
    people.cell_resolved +
    people.committee_endorsed +
    people.admission_decided;
  return [
    `${root?.name ?? script.rootId}, số liệu ngày ${formatDateVi(today)}`,
    `  ${formatCount(units.direct_committee)} đảng bộ trực thuộc, ${formatCount(grassroots)} tổ chức cơ sở đảng (${formatCount(units.grassroots_committee)} đảng bộ cơ sở, ${formatCount(units.grassroots_cell)} chi bộ cơ sở), ${formatCount(units.partial_committee)} đảng bộ bộ phận, ${formatCount(units.cell)} chi bộ trực thuộc`,
    `  ${formatCount(members.total)} đảng viên (${formatCount(people.official)} chính thức, ${formatCount(people.probationary)} dự bị); nữ ${formatCount(members.byDimension.gender.female)} (${formatPercent(members.byDimension.gender.female, members.total)}); dân tộc thiểu số ${formatCount(members.byDimension.ethnicity.minority)} (${formatPercent(members.byDimension.ethnicity.minority, members.total)}); có tôn giáo ${formatCount(members.byDimension.religion.religious)}`,
    `  tuổi: 18–30 ${formatCount(band['18-30'])}, 31–40 ${formatCount(band['31-40'])}, 41–50 ${formatCount(band['41-50'])}, 51–60 ${formatCount(band['51-60'])}, trên 60 ${formatCount(band['over-60'])}`,
    `  kết nạp năm ${script.admissionYear}: ${formatCount(admitted)} đảng viên mới` +
      (target ? `, đạt ${formatPercent(admitted, target)} kế hoạch (${formatCount(target)})` : ''),
    `  quần chúng đang trong quy trình kết nạp: ${formatCount(candidates)}`,
    '',
  ].join('\n');
}
