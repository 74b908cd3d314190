/** The probation's end (recognition as an official member) and the import of existing members. */
import { addMonths, formatDateVi, type LocalDate } from '../../kernel/local-date';
import type { Bilingual, Rejection } from '../../kernel/rejection';
import type { Policy } from '../../policy/policy';
import type { RegisterExistingPayload } from '../member.commands';
import type { RegistrableStage } from '../member.events';
import type { MemberState } from '../member.state';
import { STAGE_LABELS } from '../stages';
import { bilingual, rejectMember, type Check } from './codes';
import { checkStatedDate } from './common';

export function checkProbationEnded(probationEnd: LocalDate | undefined, on: LocalDate): Check {
  if (probationEnd && on >= probationEnd) return undefined;
  return rejectMember(
    'R-PROBATION-END',
    probationEnd
      ? bilingual(
          `Chưa hết thời gian dự bị: thời gian dự bị kết thúc ngày ${formatDateVi(probationEnd)}`,
          `The probation has not ended: it ends on ${probationEnd}`,
        )
      : bilingual('Không rõ ngày hết thời gian dự bị', 'The end of the probation is unknown'),
    { probationEnd, occurredOn: on },
  );
}

export function checkRecognitionVotePassed(state: MemberState): Check {
  if (state.votes.recognition?.passed) return undefined;
  return rejectMember(
    'R-RECOGNITION-VOTE',
    state.votes.recognition
      ? bilingual(
          'Nghị quyết đề nghị công nhận đảng viên chính thức chưa đạt',
          'The recognition vote did not pass',
        )
      : bilingual(
          'Chưa có nghị quyết đề nghị công nhận đảng viên chính thức',
          'No recognition vote recorded',
        ),
  );
}

export interface Registration {
  readonly stage: RegistrableStage;
  readonly probationEndsOn?: LocalDate;
  readonly officialSince?: LocalDate;
}

const REGISTRATION_RANK: Readonly<Record<RegistrableStage, number>> = {
  admission_decided: 0,
  probationary: 1,
  official: 2,
};

function importDates(message: Bilingual, details?: Record<string, unknown>): Rejection {
  return rejectMember('R-IMPORT-DATES', message, details);
}

/** The stage an imported member's dates imply, or why they do not agree. */
export function registrationOf(
  payload: RegisterExistingPayload,
  on: LocalDate,
  policy: Policy,
): Registration | Rejection {
  const { admissionDecisionDate: decision, ceremonyDate: ceremony, recognitionDate } = payload;
  const stated: [LocalDate | undefined, Bilingual][] = [
    [decision, bilingual('Ngày quyết định kết nạp', 'Admission decision date')],
    [ceremony, bilingual('Ngày lễ kết nạp', 'Ceremony date')],
    [recognitionDate, bilingual('Ngày công nhận chính thức', 'Recognition date')],
    [payload.cardIssuedOn, bilingual('Ngày phát thẻ', 'Card issue date')],
  ];
  for (const [date, what] of stated) {
    const invalid = date === undefined ? undefined : checkStatedDate(date, on, what);
    if (invalid) return invalid;
  }
  if (decision && ceremony && decision > ceremony)
    return importDates(
      bilingual(
        `Ngày quyết định kết nạp (${formatDateVi(decision)}) sau ngày lễ kết nạp (${formatDateVi(ceremony)})`,
        `The admission decision (${decision}) is after the ceremony (${ceremony})`,
      ),
    );
  const probationEndsOn = ceremony ? addMonths(ceremony, policy.probation.months) : undefined;
  if (probationEndsOn && recognitionDate && recognitionDate !== probationEndsOn)
    return importDates(
      bilingual(
        `Ngày công nhận chính thức phải là ${formatDateVi(probationEndsOn)} (lễ kết nạp + ${policy.probation.months} tháng), không phải ${formatDateVi(recognitionDate)}`,
        `The recognition date must be ${probationEndsOn} (ceremony + ${policy.probation.months} months), not ${recognitionDate}`,
      ),
    );
  if (payload.cardIssuedOn && !payload.cardNo)
    return importDates(
      bilingual('Có ngày phát thẻ nhưng thiếu số thẻ', 'A card date without a card number'),
    );
  const implied: RegistrableStage | undefined =
    recognitionDate || payload.cardNo
      ? 'official'
      : ceremony
        ? 'probationary'
        : decision
          ? 'admission_decided'
          : undefined;
  const stage = payload.stage ?? implied;
  if (!stage)
    return importDates(
      bilingual(
        'Cần ít nhất ngày quyết định kết nạp hoặc ngày lễ kết nạp',
        'At least the decision or ceremony date is needed',
      ),
    );
  if (implied && REGISTRATION_RANK[stage] < REGISTRATION_RANK[implied])
    return importDates(
      bilingual(
        `Giai đoạn "${STAGE_LABELS[stage].vi}" mâu thuẫn với các mốc thời gian (cho thấy "${STAGE_LABELS[implied].vi}")`,
        `Stage "${STAGE_LABELS[stage].en}" contradicts the dates (which imply "${STAGE_LABELS[implied].en}")`,
      ),
      { stage, implied },
    );
  if (stage === 'admission_decided' && !decision)
    return importDates(
      bilingual('Thiếu ngày quyết định kết nạp', 'The admission decision date is missing'),
    );
  if (stage !== 'admission_decided' && !ceremony && !recognitionDate)
    return importDates(
      bilingual(
        'Thiếu ngày lễ kết nạp (hoặc ngày công nhận chính thức)',
        'The ceremony (or recognition) date is missing',
      ),
    );
  const officialSince = stage === 'official' ? (recognitionDate ?? probationEndsOn) : undefined;
  if (officialSince && officialSince > on)
    return importDates(
      bilingual(
        `Chưa đủ thời gian dự bị: chỉ chính thức từ ${formatDateVi(officialSince)}`,
        `The probation has not ended: official only from ${officialSince}`,
      ),
    );
  return { stage, probationEndsOn, officialSince };
}
