import { NestedObject, Optional } from '../../http/dto/validators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import {
  DISCIPLINE_FORMS,
  GRAVE_VIOLATIONS,
  NAME_REMOVAL_GROUNDS,
  OFFENCE_SEVERITIES,
  type Conviction,
  type GraveViolation,
  type OffenceSeverity,
  type AcceptWithdrawalPayload,
  type CorrectDetailsPayload,
  type DisciplineForm,
  type DisciplinePayload,
  type NameRemovalGround,
  type ReadmitPayload,
  type RemoveNamePayload,
} from '@memberflow/domain/member';
import {
  DecisionBodyDto,
  IsLocalDate,
  IsReference,
  IsRequiredText,
  IsText,
  IsUnitId,
  MemberActionBodyDto,
  VoteTallyDto,
} from './member-body.dto';
import { PersonCorrectionDto } from './person.dto';

export class DisciplineDto extends DecisionBodyDto implements DisciplinePayload {
  @ApiProperty({ enum: DISCIPLINE_FORMS, example: 'warning' })
  @IsIn(DISCIPLINE_FORMS)
  form!: DisciplineForm;

  @ApiProperty({ example: 'Vi phạm quy định về đảng phí', maxLength: 2000 })
  @IsText()
  violation!: string;

  @ApiPropertyOptional({
    type: VoteTallyDto,
    description: "The cell's vote; required for expulsion.",
  })
  @Optional()
  @NestedObject(() => VoteTallyDto)
  vote?: VoteTallyDto;

  @ApiPropertyOptional({
    description: "The superior inspection commission's approval; required for expulsion.",
    example: '12-QĐ/UBKT',
  })
  @Optional()
  @IsReference()
  inspectionApprovalRef?: string;

  @ApiPropertyOptional({
    enum: GRAVE_VIOLATIONS,
    description:
      'An expulsion for serious disunity, corruption or a conviction for a serious offence: never readmitted (QĐ 24 §3.5).',
    example: 'corruption',
  })
  @Optional()
  @IsIn(GRAVE_VIOLATIONS)
  graveViolation?: GraveViolation;
}

export class RemoveNameDto extends DecisionBodyDto implements RemoveNamePayload {
  @ApiProperty({ enum: NAME_REMOVAL_GROUNDS, example: 'absent_or_dues_unpaid' })
  @IsIn(NAME_REMOVAL_GROUNDS)
  ground!: NameRemovalGround;
}

export class AcceptWithdrawalDto extends DecisionBodyDto implements AcceptWithdrawalPayload {
  @ApiProperty({ description: 'The date of the written request.', example: '2025-02-10' })
  @IsLocalDate()
  requestedOn!: string;

  @ApiPropertyOptional({
    description:
      'The special family hardship the request gives: readmission stays open (QĐ 24 §3.5); without it, someone who asked to leave is never readmitted.',
    example: 'Chăm sóc cha mẹ già ốm đau',
    maxLength: 2000,
  })
  @Optional()
  @IsText()
  specialFamilyHardship?: string;
}

/** A conviction stated at a readmission: its category under the Penal Code and when it was expunged. */
export class ConvictionDto implements Conviction {
  @ApiProperty({ enum: OFFENCE_SEVERITIES, example: 'less_serious' })
  @IsIn(OFFENCE_SEVERITIES)
  severity!: OffenceSeverity;

  @ApiPropertyOptional({
    description: 'When the conviction was expunged (xóa án tích): the 60-month wait runs from it.',
    example: '2019-06-02',
  })
  @Optional()
  @IsLocalDate()
  expungedOn?: string;
}

export class RecordDeathDto extends MemberActionBodyDto {}

export class ReadmitDto extends MemberActionBodyDto implements ReadmitPayload {
  @ApiProperty({
    description: "The provincial standing committee's written consent.",
    example: '77-CV/TU',
  })
  @IsReference()
  consentRef!: string;

  @ApiPropertyOptional({
    description: 'The cell the person applies in now, when not the one they left.',
  })
  @Optional()
  @IsUnitId()
  cellId?: string;

  @ApiPropertyOptional({
    type: ConvictionDto,
    description:
      'A conviction: for a less serious offence the wait is 60 months from its expunging; a serious one bars readmission.',
  })
  @Optional()
  @NestedObject(() => ConvictionDto)
  conviction?: ConvictionDto;
}

export class CorrectDetailsDto extends MemberActionBodyDto implements CorrectDetailsPayload {
  @ApiProperty({ description: 'Why the record is corrected (required).', maxLength: 2000 })
  @IsRequiredText()
  override reason!: string;

  @ApiProperty({
    type: PersonCorrectionDto,
    description: 'The corrected fields with their new values.',
  })
  @IsDefined()
  @NestedObject(() => PersonCorrectionDto)
  person!: PersonCorrectionDto;
}
