import { formatDateVi, todayInVietnam } from '@memberflow/domain';
import type { ProjectionService } from '@memberflow/application';
import type { ProvinceScript } from './demo-province';
import { formatCountVi, formatPercentVi } from '../format/numbers';

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
    `  ${formatCountVi(units.direct_committee)} đảng bộ trực thuộc, ${formatCountVi(grassroots)} tổ chức cơ sở đảng (${formatCountVi(units.grassroots_committee)} đảng bộ cơ sở, ${formatCountVi(units.grassroots_cell)} chi bộ cơ sở), ${formatCountVi(units.partial_committee)} đảng bộ bộ phận, ${formatCountVi(units.cell)} chi bộ trực thuộc`,
    `  ${formatCountVi(members.total)} đảng viên (${formatCountVi(people.official)} chính thức, ${formatCountVi(people.probationary)} dự bị); nữ ${formatCountVi(members.byDimension.gender.female)} (${formatPercentVi(members.byDimension.gender.female, members.total)}); dân tộc thiểu số ${formatCountVi(members.byDimension.ethnicity.minority)} (${formatPercentVi(members.byDimension.ethnicity.minority, members.total)}); có tôn giáo ${formatCountVi(members.byDimension.religion.religious)}`,
    `  tuổi: 18–30 ${formatCountVi(band['18-30'])}, 31–40 ${formatCountVi(band['31-40'])}, 41–50 ${formatCountVi(band['41-50'])}, 51–60 ${formatCountVi(band['51-60'])}, trên 60 ${formatCountVi(band['over-60'])}`,
    `  kết nạp năm ${script.admissionYear}: ${formatCountVi(admitted)} đảng viên mới` +
      (target
        ? `, đạt ${formatPercentVi(admitted, target)} kế hoạch (${formatCountVi(target)})`
        : ''),
    `  quần chúng đang trong quy trình kết nạp: ${formatCountVi(candidates)}`,
    '',
  ].join('\n');
}
