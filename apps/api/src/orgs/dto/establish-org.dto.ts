import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  DIRECT_COMMITTEE_LEVELS,
  ORG_AREAS,
  ORG_KINDS,
  ORG_ZONES,
  type DirectCommitteeLevel,
  type OrgArea,
  type OrgKind,
  type OrgZone,
} from '@memberflow/domain/org';
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

  @ApiPropertyOptional({
    enum: DIRECT_COMMITTEE_LEVELS,
    description:
      'Direct committees only: the level it stands for (ADR 0014). `district` (the default) until 30/6/2025; `commune` (xã, phường, đặc khu directly under the province) from 1/7/2025 (QĐ 294); `bloc` (agencies, enterprises, armed forces) at any time.',
    example: 'commune',
  })
  @Optional()
  @IsIn(DIRECT_COMMITTEE_LEVELS)
  level?: DirectCommitteeLevel;

  @ApiPropertyOptional({
    enum: ORG_ZONES,
    isArray: true,
    description:
      'Mountainous, island or ethnic-minority area (miền núi, hải đảo, vùng đồng bào dân tộc thiểu số): the education exception of QĐ 24 §1.2 holds for the units below it too.',
    example: ['mountainous', 'ethnic_minority'],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(ORG_ZONES.length)
  @IsIn(ORG_ZONES, { each: true })
  zones?: OrgZone[];
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
