/**
 * Numbers as the sentence around them is written (issue 17 §8): the CLI speaks English
 * (`300,000 events in 25.5 s`), the province's report Vietnamese (`30.044 đảng viên`, `71,76%`).
 */
const ENGLISH_INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ENGLISH_DECIMAL = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const VIETNAMESE_INTEGER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const VIETNAMESE_PERCENT = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `300000` → `300,000`. */
export function formatCount(value: number | bigint): string {
  return ENGLISH_INTEGER.format(value);
}

/** `12345.67` → `12,345.7`. */
export function formatDecimal(value: number): string {
  return ENGLISH_DECIMAL.format(value);
}

/** `12_040` → `12.0 s`. */
export function formatSeconds(ms: number): string {
  return `${formatDecimal(ms / 1000)} s`;
}

/** `65_000` → `1:05`, `3_723_000` → `1:02:03`; `--:--` when unknown. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '--:--';
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** In a Vietnamese sentence: `30044` → `30.044`. */
export function formatCountVi(value: number): string {
  return VIETNAMESE_INTEGER.format(value);
}

/** In a Vietnamese sentence, a share: `71,76%` (`–` of nothing). */
export function formatPercentVi(part: number, whole: number): string {
  return whole === 0 ? '–' : `${VIETNAMESE_PERCENT.format((part * 100) / whole)}%`;
}
