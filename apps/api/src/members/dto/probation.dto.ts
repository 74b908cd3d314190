import { NestedObject, Optional } from '../../http/dto/validators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsIn,
  IsObject,
  ValidateNested,
} from 'class-validator';
import {
  REGISTRABLE_STAGES,
  type RecognizeOfficialPayload,
  type RecordRecognitionVotePayload,
  type RefuseRecognitionPayload,
  type RegisterExistingPayload,
  type RegistrableStage,
} from '@memberflow/domain/member';
import {
  DecisionBodyDto,
  IsLocalDate,
  IsReference,
  IsUnitId,
  MemberActionBodyDto,
  VoteTallyDto,
} from './member-body.dto';
import { PersonDto } from './person.dto';

export class RecordRecognitionVoteDto
  extends MemberActionBodyDto
  implements RecordRecognitionVotePayload
{
  @ApiProperty({ type: VoteTallyDto, description: 'Official members of the cell.' })
  @IsDefined()
  @NestedObject(() => VoteTallyDto)
  cellVote!: VoteTallyDto;

  @ApiPropertyOptional({
    type: VoteTallyDto,
    description: 'Members of the grassroots committee, where there is one.',
  })
  @Optional()
  @NestedObject(() => VoteTallyDto)
  committeeVote?: VoteTallyDto;
}

export class RecognizeOfficialDto extends DecisionBodyDto implements RecognizeOfficialPayload {}

export class RefuseRecognitionDto extends DecisionBodyDto implements RefuseRecognitionPayload {
  @ApiProperty({
    type: VoteTallyDto,
    description: "The cell's vote for removal from the probationary list.",
  })
  @IsDefined()
  @NestedObject(() => VoteTallyDto)
  vote!: VoteTallyDto;
}

/**
 * A member who exists already (`register-existing`), one row of `POST /api/members/import`: the dates
 * the records know; the stage follows from them. `occurredOn` is the day the record is registered.
 */
export class RegisterExistingDto extends MemberActionBodyDto implements RegisterExistingPayload {
  @ApiProperty({ type: PersonDto })
  @IsDefined()
  @NestedObject(() => PersonDto)
  person!: PersonDto;

  @ApiProperty({ example: 'chi-bo-thon-1' })
  @IsUnitId()
  cellId!: string;

  @ApiPropertyOptional({
    enum: REGISTRABLE_STAGES,
    description:
      'The stage the records state; it must agree with the dates (which imply it when omitted).',
  })
  @Optional()
  @IsIn(REGISTRABLE_STAGES)
  stage?: RegistrableStage;

  @ApiPropertyOptional({ example: '2015-05-01' })
  @Optional()
  @IsLocalDate()
  admissionDecisionDate?: string;

  @ApiPropertyOptional({ example: '55-QĐ/HU' })
  @Optional()
  @IsReference()
  admissionDecisionNo?: string;

  @ApiPropertyOptional({ example: '2015-05-19' })
  @Optional()
  @IsLocalDate()
  ceremonyDate?: string;

  @ApiPropertyOptional({
    description: 'Must be the ceremony date plus the probation (12 months).',
    example: '2016-05-19',
  })
  @Optional()
  @IsLocalDate()
  recognitionDate?: string;

  @ApiPropertyOptional({ description: 'A card implies an official member.', example: '01000123' })
  @Optional()
  @IsReference(50)
  cardNo?: string;

  @ApiPropertyOptional({ example: '2016-09-02' })
  @Optional()
  @IsLocalDate()
  cardIssuedOn?: string;
}

/** `POST /api/members/import`. */
export class ImportMembersDto {
  @ApiProperty({ type: [RegisterExistingDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true }) // an array or null where a row belongs is refused naming it
  @ValidateNested({ each: true })
  @Type(() => RegisterExistingDto)
  members!: RegisterExistingDto[];
}
