import { NestedObject, Optional } from '../../http/dto/validators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDefined,
  IsIn,
  ValidateNested,
  IsObject,
} from 'class-validator';
import {
  BACKGROUND_CONCLUSIONS,
  EDUCATION_EXCEPTIONS,
  type EducationException,
  INTRODUCING_ORGANIZATIONS,
  MASS_ORGANIZATIONS,
  OPINION_SOURCES,
  type AssignHelperPayload,
  type AssignIntroducersPayload,
  type BackgroundConclusion,
  type CompleteAwarenessCoursePayload,
  type DecideAdmissionPayload,
  type EndCandidacyPayload,
  type HoldCeremonyPayload,
  type Introduction,
  type IntroducingOrganization,
  type MassOrganization,
  type OpinionSource,
  type OrganizationResolution,
  type RecordBackgroundCheckPayload,
  type RecordCellVotePayload,
  type RecordCommitteeVotePayload,
  type RecordOpinionPayload,
  type RefuseAdmissionPayload,
  type SourceCandidatePayload,
  type SubmitApplicationPayload,
} from '@memberflow/domain/member';
import {
  DecisionBodyDto,
  IsLocalDate,
  IsMemberId,
  IsReference,
  IsRequiredText,
  IsText,
  IsUnitId,
  MemberActionBodyDto,
  VoteTallyDto,
} from './member-body.dto';
import { PersonDto } from './person.dto';

/** `POST /api/members`: `{ person, cellId, proposedBy, helperId?, occurredOn }`. */
export class SourceCandidateDto extends MemberActionBodyDto implements SourceCandidatePayload {
  @ApiProperty({ type: PersonDto })
  @IsDefined()
  @NestedObject(() => PersonDto)
  person!: PersonDto;

  @ApiProperty({ description: 'The cell that lists the sympathizer.', example: 'chi-bo-thon-1' })
  @IsUnitId()
  cellId!: string;

  @ApiProperty({
    enum: MASS_ORGANIZATIONS,
    description: 'The mass organization that proposes.',
    example: 'youth_union',
  })
  @IsIn(MASS_ORGANIZATIONS)
  proposedBy!: MassOrganization;

  @ApiPropertyOptional({ description: 'The official member who helps the sympathizer.' })
  @Optional()
  @IsMemberId()
  helperId?: string;
}

export class AssignHelperDto extends MemberActionBodyDto implements AssignHelperPayload {
  @ApiProperty({ description: 'An official member.' })
  @IsMemberId()
  helperId!: string;
}

export class CompleteAwarenessCourseDto
  extends MemberActionBodyDto
  implements CompleteAwarenessCoursePayload
{
  @ApiProperty({ example: 'CN-2025-0123', maxLength: 100 })
  @IsReference()
  certificateNo!: string;

  @ApiProperty({ example: 'Trung tâm Chính trị huyện', maxLength: 200 })
  @IsReference(200)
  issuer!: string;

  @ApiProperty({ example: '2025-02-28' })
  @IsLocalDate()
  certificateDate!: string;
}

export class SubmitApplicationDto extends MemberActionBodyDto implements SubmitApplicationPayload {
  @ApiPropertyOptional({
    description:
      "The provincial standing committee's prior written consent, for applicants over 60.",
    example: '45-CV/TU',
  })
  @Optional()
  @IsReference()
  overAgeConsentRef?: string;
}

export class RecordBackgroundCheckDto
  extends MemberActionBodyDto
  implements RecordBackgroundCheckPayload
{
  @ApiProperty({ enum: BACKGROUND_CONCLUSIONS, example: 'clear' })
  @IsIn(BACKGROUND_CONCLUSIONS)
  conclusion!: BackgroundConclusion;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @IsText()
  note?: string;
}

export class IntroductionDto implements Introduction {
  @ApiProperty({ description: 'An official member.' })
  @IsMemberId()
  memberId!: string;

  @ApiProperty({
    description: 'Since when they have worked, studied or lived with the applicant.',
    example: '2023-09-01',
  })
  @IsLocalDate()
  knownSince!: string;
}

export class OrganizationResolutionDto implements OrganizationResolution {
  @ApiProperty({ enum: INTRODUCING_ORGANIZATIONS, example: 'youth_union' })
  @IsIn(INTRODUCING_ORGANIZATIONS)
  organization!: IntroducingOrganization;

  @ApiProperty({ example: '12-NQ/ĐTN' })
  @IsReference()
  resolutionRef!: string;
}

export class AssignIntroducersDto extends MemberActionBodyDto implements AssignIntroducersPayload {
  @ApiProperty({
    type: [IntroductionDto],
    description: 'Two introducers, or one and a resolution.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsObject({ each: true }) // an array or null where a row belongs is refused naming it
  @ValidateNested({ each: true })
  @Type(() => IntroductionDto)
  introducers!: IntroductionDto[];

  @ApiPropertyOptional({
    type: OrganizationResolutionDto,
    description:
      'A Youth Union (or trade union) executive committee resolution replacing one introducer.',
  })
  @Optional()
  @NestedObject(() => OrganizationResolutionDto)
  organizationResolution?: OrganizationResolutionDto;
}

export class RecordOpinionDto extends MemberActionBodyDto implements RecordOpinionPayload {
  @ApiProperty({ enum: OPINION_SOURCES, example: 'residence_cell' })
  @IsIn(OPINION_SOURCES)
  source!: OpinionSource;

  @ApiProperty({ example: true })
  @IsBoolean()
  favorable!: boolean;

  @ApiProperty({ example: 'Gương mẫu, được nhân dân tín nhiệm', maxLength: 2000 })
  @IsText()
  summary!: string;
}

export class RecordCellVoteDto extends MemberActionBodyDto implements RecordCellVotePayload {
  @ApiProperty({ type: VoteTallyDto, description: 'Official members of the cell.' })
  @IsDefined()
  @NestedObject(() => VoteTallyDto)
  vote!: VoteTallyDto;

  @ApiPropertyOptional({
    description: 'The over-60 consent, when not given with the application.',
    example: '45-CV/TU',
  })
  @Optional()
  @IsReference()
  overAgeConsentRef?: string;

  @ApiPropertyOptional({
    enum: EDUCATION_EXCEPTIONS,
    description:
      'Why less than a lower-secondary diploma suffices (R-EDUCATION): a fisherman working at sea (primary school), or a village elder, village head or reputable figure living in a mountainous, border, island, ethnic-minority or remote area (literacy).',
    example: 'fisherman',
  })
  @Optional()
  @IsIn(EDUCATION_EXCEPTIONS)
  educationException?: EducationException;
}

export class RecordCommitteeVoteDto
  extends MemberActionBodyDto
  implements RecordCommitteeVotePayload
{
  @ApiProperty({ type: VoteTallyDto, description: 'Members of the grassroots committee.' })
  @IsDefined()
  @NestedObject(() => VoteTallyDto)
  vote!: VoteTallyDto;
}

export class DecideAdmissionDto extends DecisionBodyDto implements DecideAdmissionPayload {
  @ApiPropertyOptional({
    description: 'The deadline was extended (by 30 working days).',
    example: false,
  })
  @Optional()
  @IsBoolean()
  extended?: boolean;
}

export class RefuseAdmissionDto extends DecisionBodyDto implements RefuseAdmissionPayload {
  @ApiProperty({ description: 'Why the admission is refused.', maxLength: 2000 })
  @IsRequiredText()
  override reason!: string;
}

export class HoldCeremonyDto extends MemberActionBodyDto implements HoldCeremonyPayload {
  @ApiPropertyOptional({
    description: "The superior committee's consent to a late ceremony.",
    example: '88-CV/HU',
  })
  @Optional()
  @IsReference()
  superiorConsentRef?: string;

  @ApiPropertyOptional({ description: 'The helper for the probation, when it changes.' })
  @Optional()
  @IsMemberId()
  helperId?: string;
}

export class EndCandidacyDto extends MemberActionBodyDto implements EndCandidacyPayload {
  @ApiProperty({ description: 'Why the candidacy ends.', maxLength: 2000 })
  @IsRequiredText()
  override reason!: string;
}
