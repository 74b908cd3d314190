/**
 * Dates, numbers and percentages the way each language writes them (domain.md §4): Vietnamese
 * `14/03/2022`, `30.044`, `71,76%`; English `14 Mar 2022`, `30,044`, `71.76%`.
 */
export type Lang = 'vi' | 'en';

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A business date (`YYYY-MM-DD`, no time zone). */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return lang === 'vi'
    ? `${day}/${month}/${year}`
    : `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
}

/** A record time (ISO 8601 UTC), in the browser's time zone, to the second. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const date = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  const clock = `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
  return lang === 'vi'
    ? `${formatDate(date, lang)} ${clock}`
    : `${formatDate(date, lang)}, ${clock}`;
}

/** Thousands and decimal separators, written out (not left to the browser's locale data). */
const SEPARATORS: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** A number with at most `digits` decimals (trailing zeros dropped) and every thousand grouped. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const { group, decimal } = SEPARATORS[lang];
  const [whole, fraction = ''] = Math.abs(value).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? decimal + decimals : ''}`;
}

/** `percent` is in percent (71.76 → `71,76%`), two decimals at most. */
export function formatPercent(percent: number | null | undefined, lang: Lang): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '';
  return `${formatNumber(Math.round(percent * 100) / 100, lang, 2)}%`;
}

/** A share `part / whole` as a percentage, or '' when the whole is 0. */
export function formatShare(part: number, whole: number, lang: Lang): string {
  return whole > 0 ? formatPercent((part / whole) * 100, lang) : '';
}

/** The date of today in Vietnam (the api's business dates are Vietnamese calendar days). */
export function todayIso(): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  return now.toISOString().slice(0, 10);
}
