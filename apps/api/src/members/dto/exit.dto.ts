import { NestedObject, Optional } from '../../http/dto/validators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import {
  DISCIPLINE_FORMS,
  NAME_REMOVAL_GROUNDS,
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
