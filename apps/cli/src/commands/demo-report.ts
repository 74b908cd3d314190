import { formatDateVi, todayInVietnam, type LocalDate } from '@memberflow/domain';
import type { ProjectionService } from '@memberflow/application';
import type { AdmissionsReport, Figures } from '@memberflow/projections';
import type { ProvinceScript } from './demo-province';
import { formatCountVi, formatPercentVi } from '../format/numbers';

/**
 * The province's figures as the reference report states them (domain.md §4), read back from the
 * projections the demo's events fed: on the report's date (31/12/2021, the tree of that date), then
 * today (after the 2025 reorganization): units by kind, members and their make-up, the year's
 * admissions against plan, the villages and who leads them.
 */
export async function formatDemoReport(
  projections: ProjectionService,
  script: ProvinceScript,
  /** The script was run up to this day only (`--until`). */
  until?: LocalDate,
): Promise<string> {
  const today = todayInVietnam();
  const statistics = projections.statistics;
  const reportOn = script.reportDate < today ? script.reportDate : today;
  const year = Number(today.slice(0, 4));
  const [report, admissions, current, admissionsNow, root] = await Promise.all([
    reportOn === today
      ? statistics.current(script.rootId, today)
      : statistics.asOf(script.rootId, reportOn),
    statistics.admissions(script.rootId, script.reportYear),
    statistics.current(script.rootId, today),
    statistics.admissions(script.rootId, year, today),
    projections.orgs.unit(script.rootId),
  ]);
  if (!report || !admissions || !current || !admissionsNow)
    return 'the statistics are not ready yet\n';
  const name = root?.name ?? script.rootId;
  const lines = [`${name}, số liệu ngày ${formatDateVi(reportOn)}`, ...figures(report.total)];
  lines.push(admissionsLine(script.reportYear, admissions), leadershipLine(report.total));
  if (reportOn !== today) {
    const recordedTo = until !== undefined && until < today ? until : today;
    const reorganized =
      script.reorganizedOn !== undefined && script.reorganizedOn <= recordedTo
        ? ` (sau sắp xếp tổ chức theo Quy định 294-QĐ/TW từ ${formatDateVi(script.reorganizedOn)})`
        : '';
    lines.push(
      `${name}, số liệu ngày ${formatDateVi(today)}${reorganized}`,
      ...figures(current.total),
      admissionsLine(year, admissionsNow, ` (đến ${formatDateVi(today)})`),
      leadershipLine(current.total),
    );
  }
  const people = current.total.people;
  const candidates =
    people.sympathizer +
    people.course_completed +
    people.applying +
    people.cell_resolved +
    people.committee_endorsed +
    people.admission_decided;
  lines.push(`  quần chúng đang trong quy trình kết nạp: ${formatCountVi(candidates)}`, '');
  return lines.join('\n');
}

/** Units, members and their make-up, ages. */
function figures({ units, members, people }: Figures): string[] {
  const grassroots = units.grassroots_committee + units.grassroots_cell;
  const band = members.byAgeBand;
  const share = (part: number) =>
    `${formatCountVi(part)} (${formatPercentVi(part, members.total)})`;
  return [
    `  ${formatCountVi(units.direct_committee)} đảng bộ trực thuộc, ${formatCountVi(grassroots)} tổ chức cơ sở đảng (${formatCountVi(units.grassroots_committee)} đảng bộ cơ sở, ${formatCountVi(units.grassroots_cell)} chi bộ cơ sở), ${formatCountVi(units.partial_committee)} đảng bộ bộ phận, ${formatCountVi(units.cell)} chi bộ trực thuộc`,
    `  ${formatCountVi(members.total)} đảng viên (${formatCountVi(people.official)} chính thức, ${formatCountVi(people.probationary)} dự bị); nữ ${share(members.byDimension.gender.female)}; dân tộc thiểu số ${share(members.byDimension.ethnicity.minority)}; có tôn giáo ${formatCountVi(members.byDimension.religion.religious)}`,
    `  tuổi: 18–30 ${formatCountVi(band['18-30'])}, 31–40 ${formatCountVi(band['31-40'])}, 41–50 ${formatCountVi(band['41-50'])}, 51–60 ${formatCountVi(band['51-60'])}, trên 60 ${formatCountVi(band['over-60'])}`,
  ];
}

function admissionsLine(year: number, admissions: AdmissionsReport, upTo = ''): string {
  const { admitted, target } = admissions.total;
  return (
    `  kết nạp năm ${year}${upTo}: ${formatCountVi(admitted)} đảng viên mới` +
    (target ? `, đạt ${formatPercentVi(admitted, target)} kế hoạch (${formatCountVi(target)})` : '')
  );
}

/** The villages and who leads them (the report's 71,76 % and 20,08 %). */
function leadershipLine({ leadership: l }: Figures): string {
  return (
    `  ${formatCountVi(l.villages)} thôn, bản, tổ dân phố (${formatCountVi(l.villagesWithCell)} có chi bộ, ${formatCountVi(l.villagesWithoutMember)} chưa có đảng viên); ` +
    `trưởng thôn là đảng viên ${formatCountVi(l.villageHeadsWhoAreMembers)} (${formatPercentVi(l.villageHeadsWhoAreMembers, l.villages)}); ` +
    `bí thư chi bộ đồng thời là trưởng thôn ${formatCountVi(l.cellSecretariesWhoAreVillageHeads)} của ${formatCountVi(l.residentialCells)} chi bộ khu dân cư (${formatPercentVi(l.cellSecretariesWhoAreVillageHeads, l.residentialCells)})`
  );
}
