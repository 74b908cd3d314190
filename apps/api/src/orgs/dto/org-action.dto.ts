import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID_MESSAGE, UNIT_ID_PATTERN, Optional } from '../../http/dto/validators';
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
