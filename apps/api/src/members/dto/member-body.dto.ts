import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { VoteTally } from '@memberflow/domain/member';
import { CommandBodyDto } from '../../http/dto/command-body.dto';
import { IsReference, IsUnitId, NestedObject, Optional } from '../../http/dto/validators';
export { IsLocalDate, IsReference, IsText, IsUnitId } from '../../http/dto/validators';

/** Member ids: the UUIDs the API derives, or the ids an import brings. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export function IsMemberId(): PropertyDecorator {
  return Matches(MEMBER_ID_PATTERN, {
    message: '$property must be a member id (1–64 letters, digits, ".", "_" or "-")',
  });
}

/**
 * A text an action cannot do without (the reason of a refusal). Where it overrides the optional
 * `reason` of MemberActionBodyDto, the `ValidateIf` replaces the inherited `Optional` (class-validator
 * keeps one conditional rule per property, the subclass's).
 */
export function IsRequiredText(maxLength = 2000): PropertyDecorator {
  return applyDecorators(
    ValidateIf(() => true),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** `POST /api/members/{id}/actions/{action}` takes `{ occurredOn, reason?, documentRef?, ...payload }`. */
export class MemberActionBodyDto extends CommandBodyDto {}

/** A vote: all members entitled to vote (absent ones included), those present, those in favor. */
export class VoteTallyDto implements VoteTally {
  @ApiProperty({
    description:
      'Everyone entitled to vote, absent ones included: the threshold is a share of them.',
    example: 12,
    minimum: 1,
  })
  @IsInt()
  @Min(1)
  @Max(100_000)
  entitled!: number;

  @ApiPropertyOptional({ description: 'Those present (informative).', example: 10, minimum: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  present?: number;

  @ApiProperty({ description: 'Those in favor.', example: 9, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  inFavor!: number;
}

/** Actions a unit decides: its decision number and the deciding unit. */
export class DecisionBodyDto extends MemberActionBodyDto {
  @ApiProperty({ description: 'The decision number.', example: '125-QĐ/HU', maxLength: 100 })
  @IsReference()
  decisionNo!: string;

  @ApiProperty({ description: 'The unit that decided.', example: 'dang-bo-huyen-a' })
  @IsUnitId()
  decidingUnitId!: string;

  @ApiPropertyOptional({
    type: VoteTallyDto,
    description:
      "The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated.",
  })
  @Optional()
  @NestedObject(() => VoteTallyDto)
  decisionVote?: VoteTallyDto;
}
