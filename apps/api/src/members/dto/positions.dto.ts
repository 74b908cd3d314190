import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  MASS_ORGANIZATIONS,
  POSITIONS,
  type AssignPositionPayload,
  type EndPositionPayload,
  type MassOrganization,
  type Position,
  type RecordResidenceVillagePayload,
} from '@memberflow/domain/member';
import { Optional } from '../../http/dto/validators';
import { IsUnitId, MemberActionBodyDto } from './member-body.dto';

/** Where a position is held: a village, a unit, or the Front or a mass organization of either. */
class PositionBodyDto extends MemberActionBodyDto {
  @ApiProperty({ enum: POSITIONS, example: 'village_head' })
  @IsIn(POSITIONS)
  position!: Position;

  @ApiPropertyOptional({
    description:
      'The village, for village_head and deputy_village_head (and a mass organization of a village).',
    example: 'thon-dong',
  })
  @Optional()
  @IsUnitId()
  villageId?: string;

  @ApiPropertyOptional({
    description:
      'The unit: the cell of a cell post, the committee of a committee post (its kind gives the level), the commune of a commune cadre, the unit of a mass organization.',
    example: 'chi-bo-thon-dong',
  })
  @Optional()
  @IsUnitId()
  unitId?: string;

  @ApiPropertyOptional({
    enum: MASS_ORGANIZATIONS,
    description: 'mass_organization_head: the Front or the mass organization it heads.',
  })
  @Optional()
  @IsIn(MASS_ORGANIZATIONS)
  organization?: MassOrganization;
}

/** `assign-position`: the position is held from `occurredOn`. */
export class AssignPositionDto extends PositionBodyDto implements AssignPositionPayload {}

/** `end-position`: the position, as assigned, is not held from `occurredOn` on. */
export class EndPositionDto extends PositionBodyDto implements EndPositionPayload {}

export class RecordResidenceVillageDto
  extends MemberActionBodyDto
  implements RecordResidenceVillagePayload
{
  @ApiProperty({
    description: 'The village the person lives in from `occurredOn`.',
    example: 'thon-dong',
  })
  @IsUnitId()
  villageId!: string;
}
