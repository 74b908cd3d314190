/**
 * The figures a run measures, with the ratio and the target each one is judged by (issue 6), and how
 * they are written: the Vietnamese way in the console (`1.022`, `71,76%`), the English way in the docs.
 */

export type Unit =
  | 'events/s'
  | 'commands/s'
  | 'requests/s'
  | 'ms'
  | 'µs'
  | 'MB'
  | 's'
  | 'events'
  | 'MiB'
  | 'bytes/event';

export interface Target {
  /** How the target reads in a locale, e.g. `≥ 0,5× raw`, `< 25 ms`. */
  readonly text: (locale: Locale) => string;
  /** Undefined when the figure was not measured. */
  readonly met: boolean | undefined;
}

/** `≥ 0,5× raw one-tx` and the like: a bound on a value or a ratio, written in the reader's locale. */
export function atLeast(bound: number, suffix = '', digits = 0): (locale: Locale) => string {
  return (locale) => `≥ ${formatNumber(bound, locale, digits)}${suffix}`;
}

export function below(bound: number, suffix = '', digits = 0): (locale: Locale) => string {
  return (locale) => `< ${formatNumber(bound, locale, digits)}${suffix}`;
}

export interface Figure {
  /** Stable key, e.g. `sqlite.command.16`. */
  readonly key: string;
  readonly group: string;
  readonly label: string;
  readonly unit: Unit;
  /** Undefined when the figure was not measured; `note` then says why. */
  readonly value?: number;
  readonly ratio?: { readonly value: number; readonly of: string };
  readonly target?: Target;
  /** Latency percentiles and other detail shown beside the value. */
  readonly detail?: (locale: Locale) => string;
  readonly note?: string;
}

export type Locale = 'vi-VN' | 'en-US';

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Large rates without decimals, small values (latencies, ratios) with two. */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  const digits = unit === 'ms' ? 2 : unit === 's' || unit === 'MB' || unit === 'MiB' ? 1 : 0;
  return `${formatNumber(value, locale, Math.abs(value) < 100 && digits === 0 ? 1 : digits)} ${unit}`;
}

export function formatRatio(value: number, locale: Locale): string {
  return `${formatNumber(value, locale, 2)}×`;
}

export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** The milliseconds of a latency detail, e.g. `p50 1,23 ms · p99 4,56 ms`. */
export function latencyDetail(p50: number, p99: number): (locale: Locale) => string {
  return (locale) =>
    `p50 ${formatNumber(p50, locale, 2)} ms · p99 ${formatNumber(p99, locale, 2)} ms`;
}

const MET = { true: 'đạt', false: 'CHƯA ĐẠT', undefined: 'chưa đo' } as const;
const MET_EN = { true: 'met', false: 'NOT MET', undefined: 'not measured' } as const;

interface Row {
  readonly cells: readonly string[];
}

function rows(figures: readonly Figure[], locale: Locale): Row[] {
  const words = locale === 'vi-VN' ? MET : MET_EN;
  return figures.map((figure) => ({
    cells: [
      `${figure.group}: ${figure.label}`,
      figure.value === undefined
        ? (figure.note ?? '—')
        : formatValue(figure.value, figure.unit, locale) +
          (figure.detail ? ` (${figure.detail(locale)})` : ''),
      figure.ratio ? `${formatRatio(figure.ratio.value, locale)} ${figure.ratio.of}` : '',
      figure.target?.text(locale) ?? '',
      figure.target ? words[`${figure.target.met}`] : figure.value === undefined ? '—' : '',
    ],
  }));
}

const HEADERS = {
  'vi-VN': ['Phép đo', 'Giá trị', 'Tỷ lệ', 'Mục tiêu', 'Kết quả'],
  'en-US': ['Measure', 'Value', 'Ratio', 'Target', 'Met'],
} as const;

/** A plain-text table for the console, columns padded to their widest cell. */
export function consoleTable(figures: readonly Figure[], locale: Locale = 'vi-VN'): string {
  const body = rows(figures, locale).map((row) => row.cells);
  const all = [HEADERS[locale] as readonly string[], ...body];
  const widths = all[0].map((_, column) => Math.max(...all.map((cells) => cells[column].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  return [line(all[0]), rule, ...body.map(line)].join('\n');
}

/** The same table in Markdown (English number format). */
export function markdownTable(figures: readonly Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const header = HEADERS['en-US'];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows(figures, 'en-US').map((row) => `| ${row.cells.map(escape).join(' | ')} |`),
  ].join('\n');
}
