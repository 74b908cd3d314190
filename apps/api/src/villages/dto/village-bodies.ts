import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import {
  VILLAGE_KINDS,
  type AssignCellPayload,
  type EstablishVillagePayload,
  type MergeVillagePayload,
  type MoveVillagePayload,
  type RenameVillagePayload,
  type VillageAction,
  type VillageCommand,
  type VillageKind,
  type VillagePayloads,
} from '@memberflow/domain/village';
import { CommandBodyDto } from '../../http/dto/command-body.dto';
import { IsUnitId, Optional, UNIT_ID_MESSAGE, UNIT_ID_PATTERN } from '../../http/dto/validators';

/** What every village action states besides its payload (api.md). */
export class VillageActionBodyDto extends CommandBodyDto {}

/** `POST /api/villages`: establish a village of a commune or ward. */
export class EstablishVillageDto extends VillageActionBodyDto implements EstablishVillagePayload {
  @ApiPropertyOptional({
    description: 'The new village’s id; generated when omitted.',
    example: 'thon-dong',
    pattern: UNIT_ID_PATTERN.source,
  })
  @Optional()
  @Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE })
  id?: string;

  @ApiProperty({
    description:
      'The commune or ward: the unit of the party tree standing for it (its grassroots committee; from 1/7/2025 its committee directly under the province).',
    example: 'dang-bo-xa-a',
  })
  @IsUnitId()
  communeId!: string;

  @ApiProperty({ enum: VILLAGE_KINDS, example: 'village' })
  @IsIn(VILLAGE_KINDS)
  kind!: VillageKind;

  @ApiProperty({ example: 'Thôn Đông', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'T-DONG', maxLength: 50 })
  @Optional()
  @IsString()
  @MaxLength(50)
  code?: string;

  @ApiPropertyOptional({
    description: 'The residential cell serving the village, if one does.',
    example: 'chi-bo-thon-dong',
  })
  @Optional()
  @IsUnitId()
  cellId?: string;
}

export class RenameVillageDto extends VillageActionBodyDto implements RenameVillagePayload {
  @ApiProperty({ example: 'Thôn Đông Hòa', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class MoveVillageDto extends VillageActionBodyDto implements MoveVillagePayload {
  @ApiProperty({
    description: 'The commune or ward it belongs to from now on.',
    example: 'dang-bo-xa-b',
  })
  @IsUnitId()
  communeId!: string;
}

export class AssignVillageCellDto extends VillageActionBodyDto implements AssignCellPayload {
  @ApiProperty({
    description: 'A residential cell of the village’s commune.',
    example: 'chi-bo-thon-dong',
  })
  @IsUnitId()
  cellId!: string;
}

export class ReleaseVillageCellDto extends VillageActionBodyDto {}

export class MergeVillageDto extends VillageActionBodyDto implements MergeVillagePayload {
  @ApiProperty({
    description: 'Another village of the same commune; its residents count there from then on.',
    example: 'thon-tay',
  })
  @IsUnitId()
  targetId!: string;
}

export class DissolveVillageDto extends VillageActionBodyDto {}

export interface VillageActionBodies {
  establish: EstablishVillageDto;
  rename: RenameVillageDto;
  move: MoveVillageDto;
  'assign-cell': AssignVillageCellDto;
  'release-cell': ReleaseVillageCellDto;
  'merge-into': MergeVillageDto;
  dissolve: DissolveVillageDto;
}

/**
 * The DTO class validating each action's body: `POST /api/villages` takes `establish`,
 * `POST /api/villages/{id}/actions/{action}` the others.
 */
export const VILLAGE_ACTION_BODIES: {
  readonly [Action in VillageAction]: new () => VillageActionBodies[Action];
} = {
  establish: EstablishVillageDto,
  rename: RenameVillageDto,
  move: MoveVillageDto,
  'assign-cell': AssignVillageCellDto,
  'release-cell': ReleaseVillageCellDto,
  'merge-into': MergeVillageDto,
  dissolve: DissolveVillageDto,
};

const PAYLOAD_OF: {
  readonly [Action in VillageAction]: (
    body: VillageActionBodies[Action],
  ) => VillagePayloads[Action];
} = {
  establish: ({ communeId, kind, name, code, cellId }) => ({
    communeId,
    kind,
    name,
    ...(code === undefined ? {} : { code }),
    ...(cellId === undefined ? {} : { cellId }),
  }),
  rename: ({ name }) => ({ name }),
  move: ({ communeId }) => ({ communeId }),
  'assign-cell': ({ cellId }) => ({ cellId }),
  'release-cell': () => ({}),
  'merge-into': ({ targetId }) => ({ targetId }),
  dissolve: () => ({}),
};

/** The domain command for a validated body. */
export function villageCommandFrom<Action extends VillageAction>(
  action: Action,
  villageId: string,
  body: VillageActionBodies[Action],
): VillageCommand {
  // The table pairs each action with its payload, which TypeScript cannot follow through a generic key.
  return {
    action,
    villageId,
    occurredOn: body.occurredOn,
    payload: PAYLOAD_OF[action](body),
    ...(body.reason === undefined ? {} : { reason: body.reason }),
    ...(body.documentRef === undefined ? {} : { documentRef: body.documentRef }),
  } as VillageCommand;
}
