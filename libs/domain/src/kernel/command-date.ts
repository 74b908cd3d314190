import { formatDateVi, isLocalDate, type LocalDate } from './local-date';
import { reject, type Bilingual, type Rejection } from './rejection';

/**
 * R-DATE-VALID and R-DATE-FUTURE, the checks every decider makes of a command's business date: a real
 * date, not after today.
 */
export function checkCommandDate(date: LocalDate, today: LocalDate): Rejection | undefined {
  if (!isLocalDate(date)) {
    return reject('R-DATE-VALID', {
      vi: `Ngày không hợp lệ: ${String(date)}`,
      en: `Not a real date: ${String(date)}`,
    });
  }
  if (date <= today) return undefined;
  return reject(
    'R-DATE-FUTURE',
    {
      vi: `Ngày ${formatDateVi(date)} chưa đến (hôm nay là ${formatDateVi(today)})`,
      en: `The date ${date} is after today (${today})`,
    },
    { occurredOn: date, today },
  );
}

/**
 * R-DATE-ORDER: a command's date not before the record's latest recorded change, named in the message
 * (`of`: "the last recorded step", "the unit's latest change", …).
 */
export function checkDateOrder(
  date: LocalDate,
  latest: LocalDate | undefined,
  of: Bilingual,
): Rejection | undefined {
  if (latest === undefined || date >= latest) return undefined;
  return reject(
    'R-DATE-ORDER',
    {
      vi: `Ngày ${formatDateVi(date)} trước ${of.vi} (${formatDateVi(latest)})`,
      en: `The date ${date} is before ${of.en} (${latest})`,
    },
    { occurredOn: date, latest },
  );
}
