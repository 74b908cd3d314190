import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ORG_AREAS, ORG_KINDS, type OrgArea, type OrgKind } from '@memberflow/domain/org';
import {
  UNIT_ID_MESSAGE,
  UNIT_ID_PATTERN,
  NestedObject,
  Optional,
} from '../../http/dto/validators';
import { OrgActionBodyDto } from './org-action.dto';

export class OrgAttributesDto {
  @ApiProperty({
    enum: ORG_AREAS,
    description: 'The area the unit serves, for statistics.',
    example: 'rural',
  })
  @IsIn(ORG_AREAS)
  area!: OrgArea;

  @ApiPropertyOptional({
    description: 'A residential (village, neighbourhood) cell. Cells only.',
    example: true,
  })
  @Optional()
  @IsBoolean()
  residential?: boolean;

  @ApiPropertyOptional({
    description:
      'Authorised to decide admissions (được ủy quyền kết nạp). Grassroots committees only.',
    example: false,
  })
  @Optional()
  @IsBoolean()
  admissionAuthority?: boolean;
}

/** `POST /api/orgs`: establish a unit. */
export class EstablishOrgDto extends OrgActionBodyDto {
  @ApiPropertyOptional({
    description: 'The new unit’s id; generated when omitted.',
    example: 'chi-bo-thon-1',
    pattern: UNIT_ID_PATTERN.source,
  })
  @Optional()
  @Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE })
  id?: string;

  @ApiPropertyOptional({
    description: 'The parent unit; omitted only for a root unit (a province, or central).',
    example: 'dang-bo-xa-a',
  })
  @Optional()
  @Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE })
  parentId?: string;

  @ApiProperty({ enum: ORG_KINDS, example: 'cell' })
  @IsIn(ORG_KINDS)
  kind!: OrgKind;

  @ApiProperty({ example: 'Chi bộ Thôn 1', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'CB-T1', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  code!: string;

  @ApiProperty({ type: OrgAttributesDto })
  @IsDefined()
  @NestedObject(() => OrgAttributesDto)
  attributes!: OrgAttributesDto;
}
