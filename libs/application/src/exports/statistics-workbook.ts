import type { Writable } from 'node:stream';
import type { Bilingual, LocalDate } from '@memberflow/domain';
import {
  COMMITTEE_LEVEL_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  POLITICAL_THEORY_LABELS,
  PROFESSIONAL_LABELS,
  RATING_GRADE_LABELS,
  REMOVAL_FORM_LABELS,
  STAGE_LABELS,
} from '@memberflow/domain/member';
import { ORG_KIND_LABELS } from '@memberflow/domain/org';
import type { Figures } from '@memberflow/projections';
import {
  StreamedWorkbook,
  type CellInput,
  type ColumnType,
  type SheetColumn,
} from '../spreadsheets/workbook-writer';

/**
 * The statistics of a subtree as an XLSX workbook (issue 20): a row for the unit (its whole subtree)
 * and one per child unit, a column per figure of domain.md §4 under a Vietnamese heading, counts as
 * numbers (`30.044`) and shares as percentages (`71,76%`). The columns follow the figures the query
 * answers, so a figure added to the statistics gets a column (under its key until it has a label).
 */

export interface UnitSummary {
  readonly id: string;
  readonly name: string | null;
  readonly kind: string | null;
}

export interface StatisticsSheetInput {
  readonly unit: UnitSummary;
  readonly asOf: LocalDate;
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  readonly total: Figures;
  readonly children: readonly { readonly unit: UnitSummary; readonly figures: Figures }[];
}

type Labels = Readonly<Record<string, Bilingual>>;

const vi = (labels: Labels, key: string): string => labels[key]?.vi ?? key;

/** Values of the members' breakdowns that are not codes of the domain's lists. */
const VALUE_LABELS: Readonly<Record<string, Labels>> = {
  gender: GENDER_LABELS,
  ethnicity: {
    kinh: { vi: 'Dân tộc Kinh', en: 'Kinh' },
    minority: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
  },
  religion: {
    religious: { vi: 'Có tôn giáo', en: 'Religious' },
    none: { vi: 'Không tôn giáo', en: 'No religion' },
  },
  education: EDUCATION_LABELS,
  professionalLevel: PROFESSIONAL_LABELS,
  politicalTheory: POLITICAL_THEORY_LABELS,
  youthUnion: {
    member: { vi: 'Đoàn viên', en: 'Youth Union member' },
    not_member: { vi: 'Không là đoàn viên', en: 'Not a member' },
  },
  exemption: {
    exempt: { vi: 'Miễn sinh hoạt', en: 'Exempt' },
    active: { vi: 'Sinh hoạt', en: 'Active' },
  },
  area: {
    urban: { vi: 'Đô thị', en: 'Urban' },
    rural: { vi: 'Nông thôn', en: 'Rural' },
    border: { vi: 'Biên giới', en: 'Border' },
    remote: { vi: 'Vùng sâu, vùng xa', en: 'Remote' },
  },
};

const DIMENSION_LABELS: Labels = {
  gender: { vi: 'giới tính', en: 'gender' },
  ethnicity: { vi: 'dân tộc', en: 'ethnicity' },
  religion: { vi: 'tôn giáo', en: 'religion' },
  education: { vi: 'giáo dục phổ thông', en: 'general education' },
  professionalLevel: { vi: 'chuyên môn', en: 'professional level' },
  politicalTheory: { vi: 'lý luận chính trị', en: 'political theory' },
  youthUnion: { vi: 'đoàn viên', en: 'Youth Union' },
  exemption: { vi: 'sinh hoạt', en: 'exemption' },
  area: { vi: 'địa bàn', en: 'area' },
  ageBand: { vi: 'độ tuổi', en: 'age band' },
};

const LEADERSHIP_LABELS: Labels = {
  villages: { vi: 'Thôn, bản, tổ dân phố', en: 'Villages' },
  villagesWithCell: { vi: 'Thôn, tổ dân phố có chi bộ', en: 'Villages with a cell' },
  villagesWithFewerThan3Members: {
    vi: 'Thôn, tổ dân phố dưới 3 đảng viên',
    en: 'Villages with fewer than 3 members',
  },
  villagesWithoutMember: {
    vi: 'Thôn, tổ dân phố chưa có đảng viên',
    en: 'Villages without a member',
  },
  villageHeadsWhoAreMembers: {
    vi: 'Trưởng thôn, tổ trưởng là đảng viên',
    en: 'Village heads who are members',
  },
  villageHeadsWhoAreMembersPercent: {
    vi: 'Tỷ lệ trưởng thôn, tổ trưởng là đảng viên',
    en: 'Share of village heads who are members',
  },
  residentialCells: { vi: 'Chi bộ thôn, tổ dân phố', en: 'Residential cells' },
  cellSecretariesWhoAreVillageHeads: {
    vi: 'Bí thư chi bộ đồng thời là trưởng thôn',
    en: 'Cell secretaries who head their village',
  },
  cellSecretariesWhoAreVillageHeadsPercent: {
    vi: 'Tỷ lệ bí thư chi bộ đồng thời là trưởng thôn',
    en: 'Share of cell secretaries who head their village',
  },
};

function ageBand(band: string): string {
  return band === 'over-60' ? 'trên 60 tuổi' : `${band.replace('-', '–')} tuổi`;
}

function valueLabel(dimension: string, value: string): string {
  if (dimension === 'ageBand') return ageBand(value);
  return vi(VALUE_LABELS[dimension] ?? {}, value);
}

/** The Vietnamese heading of a figure, from its path in {@link Figures}. */
export function figureHeading(path: readonly string[]): string {
  const [group, ...rest] = path;
  const key = rest.join('.');
  switch (group) {
    case 'units':
      return `Tổ chức đảng: ${vi(ORG_KIND_LABELS, key)}`;
    case 'people':
      return `Hồ sơ: ${vi(STAGE_LABELS, key)}`;
    case 'members': {
      if (rest[0] === 'total') return 'Tổng số đảng viên';
      if (rest[0] === 'byAgeBand') return `Đảng viên ${ageBand(rest[1])}`;
      if (rest[0] === 'byDimension')
        return `Đảng viên theo ${vi(DIMENSION_LABELS, rest[1])}: ${valueLabel(rest[1], rest[2])}`;
      return `Đảng viên: ${key}`;
    }
    case 'flows':
      return flowHeading(key);
    case 'leadership':
      if (rest[0] === 'committeeMembersByLevel')
        return `Cấp ủy viên là đảng viên, ${vi(COMMITTEE_LEVEL_LABELS, rest[1])}`;
      return vi(LEADERSHIP_LABELS, key);
    default:
      return path.join('.');
  }
}

function flowHeading(flow: string): string {
  const [name, first, second] = flow.split('.');
  switch (name) {
    case 'admitted':
      return first === undefined
        ? 'Kết nạp trong kỳ'
        : `Kết nạp theo ${vi(DIMENSION_LABELS, first)}: ${valueLabel(first, second)}`;
    case 'recognized':
      return 'Công nhận đảng viên chính thức';
    case 'removed':
      return `Ra khỏi Đảng: ${vi(REMOVAL_FORM_LABELS, first)}`;
    case 'rating':
      return `Đảng viên xếp loại: ${vi(RATING_GRADE_LABELS, first)}`;
    case 'orgRating':
      return `Tổ chức đảng xếp loại: ${vi(RATING_GRADE_LABELS, first)}`;
    case 'cardIssued':
      return 'Phát thẻ đảng viên';
    case 'deceased':
      return 'Đảng viên từ trần';
    default:
      return flow;
  }
}

interface Leaf {
  readonly path: readonly string[];
  readonly type: ColumnType;
}

/** Every figure of the report, in the order the query lists them. */
function leavesOf(value: unknown, path: string[] = []): Leaf[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => leavesOf(child, [...path, key]));
  const last = path[path.length - 1] ?? '';
  return [{ path, type: last.endsWith('Percent') ? 'percent' : 'integer' }];
}

function valueAt(figures: unknown, path: readonly string[]): CellInput {
  let node: unknown = figures;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return typeof node === 'number' ? node : undefined;
}

/** Writes the statistics workbook into `output` and finishes it. */
export async function writeStatisticsWorkbook(
  output: Writable,
  input: StatisticsSheetInput,
): Promise<void> {
  const leaves = leavesOf(input.total);
  const columns: SheetColumn[] = [
    { header: 'Đơn vị', type: 'text' },
    { header: 'Mã đơn vị', type: 'text' },
    { header: 'Loại đơn vị', type: 'text' },
    ...leaves.map((leaf) => ({ header: figureHeading(leaf.path), type: leaf.type })),
  ];
  const row = (unit: UnitSummary, figures: Figures, whole: boolean): CellInput[] => [
    whole ? `${unit.name ?? unit.id} (toàn đảng bộ)` : (unit.name ?? unit.id),
    unit.id,
    unit.kind ? vi(ORG_KIND_LABELS, unit.kind) : undefined,
    ...leaves.map((leaf) => valueAt(figures, leaf.path)),
  ];
  const rows = [
    row(input.unit, input.total, true),
    ...input.children.map((child) => row(child.unit, child.figures, false)),
  ];
  const workbook = new StreamedWorkbook(output);
  const sheet = workbook.sheet('Số liệu', columns, rows);
  for (const [index, values] of rows.entries()) await sheet.row(values, { bold: index === 0 });
  sheet.done();
  const about = workbook.sheet(
    'Thông tin',
    [
      { header: 'Mục', type: 'text' },
      { header: 'Giá trị', type: 'text' },
      { header: 'Ngày', type: 'date' },
    ],
    [['Số liệu tính đến ngày', input.unit.name ?? input.unit.id, input.asOf]],
  );
  await about.row(['Đơn vị', input.unit.name ?? input.unit.id, undefined]);
  await about.row(['Số liệu tính đến ngày', undefined, input.asOf]);
  await about.row(['Kỳ tính biến động: từ ngày', undefined, input.period.from]);
  await about.row(['Kỳ tính biến động: đến ngày', undefined, input.period.to]);
  about.done();
  await workbook.finish();
}
