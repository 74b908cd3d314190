import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RATING_GRADES, type RatingGrade } from '@memberflow/domain/member';
import type { RecordOrgRatingPayload } from '@memberflow/domain/org';
import { IsReference, UNIT_ID_MESSAGE, UNIT_ID_PATTERN, Optional } from '../../http/dto/validators';
import { CommandBodyDto } from '../../http/dto/command-body.dto';

/** What every organization action states besides its payload (api.md). */
export class OrgActionBodyDto extends CommandBodyDto {}

export class RenameOrgDto extends OrgActionBodyDto {
  @ApiProperty({ description: 'The new name.', example: 'Chi bộ Khu phố 1', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description: 'A new code, when the renaming changes it.',
    example: 'CB-KP1',
    maxLength: 50,
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  code?: string;
}

export class MoveOrgDto extends OrgActionBodyDto {
  @ApiProperty({ description: 'The new parent unit.', example: 'dang-bo-xa-a' })
  @Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE })
  parentId!: string;
}

export class MergeOrgIntoDto extends OrgActionBodyDto {
  @ApiProperty({
    description: 'The unit this one is merged into; it takes over its members.',
    example: 'chi-bo-2',
  })
  @Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE })
  targetId!: string;
}

export class DissolveOrgDto extends OrgActionBodyDto {}
export class GrantAdmissionAuthorityDto extends OrgActionBodyDto {}
export class RevokeAdmissionAuthorityDto extends OrgActionBodyDto {}

/** The yearly quality rating of the unit (counted by the year rated, whenever it is entered). */
export class RecordOrgRatingDto extends OrgActionBodyDto implements RecordOrgRatingPayload {
  @ApiProperty({ description: 'The year rated.', example: 2024 })
  @IsInt()
  @Min(1930)
  @Max(9999)
  year!: number;

  @ApiProperty({ enum: RATING_GRADES, example: 'good' })
  @IsIn(RATING_GRADES)
  grade!: RatingGrade;

  @ApiPropertyOptional({
    description: 'Out of 100; required for the years scored under QĐ 366 (the ratings of 2025 on).',
    minimum: 0,
    maximum: 100,
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;

  @ApiProperty({
    description: 'The decision recording the rating.',
    example: '15-QĐ/HU',
    maxLength: 100,
  })
  @IsReference()
  decisionNo!: string;
}
