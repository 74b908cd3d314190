import { NestedObject, Optional } from '../../http/dto/validators';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsDefined, IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';
import {
  CARD_REISSUES,
  EXEMPTION_GROUNDS,
  HELP_GROUNDS,
  RATING_GRADES,
  TEMPORARY_PURPOSES,
  TRANSFER_KINDS,
  type AwardBadgePayload,
  type CardReissue,
  type ClearHelpListPayload,
  type ExemptionGround,
  type GrantExemptionPayload,
  type HelpGround,
  type IssueCardPayload,
  type PutOnHelpListPayload,
  type RatingGrade,
  type RecordRatingPayload,
  type TemporaryPurpose,
  type TransferKind,
} from '@memberflow/domain/member';
import {
  IsLocalDate,
  IsReference,
  IsText,
  IsUnitId,
  MemberActionBodyDto,
  VoteTallyDto,
} from './member-body.dto';

export class IssueCardDto extends MemberActionBodyDto implements IssueCardPayload {
  @ApiProperty({ example: '01000123', maxLength: 50 })
  @IsReference(50)
  cardNo!: string;

  @ApiPropertyOptional({
    enum: CARD_REISSUES,
    description: 'Why a new card replaces the active one.',
  })
  @Optional()
  @IsIn(CARD_REISSUES)
  reissue?: CardReissue;
}

/**
 * `permanent`: targetCellId, introducedOn?, changedOn?; `temporary`: targetCellId, purpose, until;
 * `return`: nothing else (back from a temporary stay).
 */
export class TransferDto extends MemberActionBodyDto {
  @ApiProperty({ enum: TRANSFER_KINDS, example: 'permanent' })
  @IsIn(TRANSFER_KINDS)
  kind!: TransferKind;

  @ApiPropertyOptional({ description: 'Required unless `return`.', example: 'chi-bo-khu-pho-2' })
  @ValidateIf((body: TransferDto) => body.kind !== 'return')
  @IsUnitId()
  targetCellId?: string;

  @ApiPropertyOptional({
    description: 'Permanent: when the superior committee issued the introduction.',
    example: '2025-03-03',
  })
  @Optional()
  @IsLocalDate()
  introducedOn?: string;

  @ApiPropertyOptional({
    description: 'Permanent: when the change requiring it happened (new job, retirement, move).',
    example: '2025-01-15',
  })
  @Optional()
  @IsLocalDate()
  changedOn?: string;

  @ApiPropertyOptional({ enum: TEMPORARY_PURPOSES, description: 'Temporary: required.' })
  @ValidateIf((body: TransferDto) => body.kind === 'temporary')
  @IsIn(TEMPORARY_PURPOSES)
  purpose?: TemporaryPurpose;

  @ApiPropertyOptional({
    description: 'Temporary: the last day of the stay (required).',
    example: '2025-12-31',
  })
  @ValidateIf((body: TransferDto) => body.kind === 'temporary')
  @IsLocalDate()
  until?: string;
}

export class OrganizationTallyDto {
  @ApiProperty({ minimum: 0, example: 2 })
  @IsInt()
  @Min(0)
  excellent!: number;

  @ApiProperty({ minimum: 0, example: 10 })
  @IsInt()
  @Min(0)
  good!: number;
}

export class RecordRatingDto extends MemberActionBodyDto implements RecordRatingPayload {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1930)
  @Max(9999)
  year!: number;

  @ApiProperty({ enum: RATING_GRADES, example: 'good' })
  @IsIn(RATING_GRADES)
  grade!: RatingGrade;

  @ApiPropertyOptional({
    description:
      'Out of 100; required when the year rated is scored (QĐ 366: the ratings of 2025 on, whenever entered).',
    minimum: 0,
    maximum: 100,
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;

  @ApiPropertyOptional({
    type: OrganizationTallyDto,
    deprecated: true,
    description:
      'Ignored: the excellent quota is judged from the ratings stored for the year in the grassroots organization. Accepted so that older clients are not refused.',
  })
  @Optional()
  @NestedObject(() => OrganizationTallyDto)
  organizationTally?: OrganizationTallyDto;
}

export class GrantExemptionDto extends MemberActionBodyDto implements GrantExemptionPayload {
  @ApiProperty({ enum: EXEMPTION_GROUNDS, example: 'elderly' })
  @IsIn(EXEMPTION_GROUNDS)
  ground!: ExemptionGround;
}

export class EndExemptionDto extends MemberActionBodyDto {}

export class AwardBadgeDto extends MemberActionBodyDto implements AwardBadgePayload {
  @ApiProperty({ description: 'Years of party age: 30, 40, 45 ... 90.', example: 30 })
  @IsInt()
  @Min(1)
  @Max(100)
  milestoneYears!: number;
}

export class PutOnHelpListDto extends MemberActionBodyDto implements PutOnHelpListPayload {
  @ApiProperty({ enum: HELP_GROUNDS, isArray: true, example: ['not_complete_two_years'] })
  @ArrayMinSize(1)
  @IsIn(HELP_GROUNDS, { each: true })
  grounds!: HelpGround[];

  @ApiProperty({
    type: VoteTallyDto,
    description: "The cell's secret ballot (official members, exempt ones excluded).",
  })
  @IsDefined()
  @NestedObject(() => VoteTallyDto)
  vote!: VoteTallyDto;
}

export class ClearHelpListDto extends MemberActionBodyDto implements ClearHelpListPayload {
  @ApiProperty({ example: 'Đã tiến bộ, hoàn thành nhiệm vụ', maxLength: 2000 })
  @IsText()
  summary!: string;
}
