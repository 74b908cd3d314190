import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import type { VoteTally } from '@memberflow/domain/member';
import { IsLocalDate, UNIT_ID_MESSAGE, UNIT_ID_PATTERN } from '../../orgs/dto/is-local-date';

/** `YYYY-MM-DD` and a date that exists (2025-02-30 is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be written YYYY-MM-DD', ...options }),
    IsLocalDate(options),
  );
}

/** Unit ids (cells, committees) share the organization API's alphabet. */
export function IsUnitId(): PropertyDecorator {
  return Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE });
}

/** Member ids: the UUIDs the API derives, or the ids an import brings. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export function IsMemberId(): PropertyDecorator {
  return Matches(MEMBER_ID_PATTERN, {
    message: '$property must be a member id (1–64 letters, digits, ".", "_" or "-")',
  });
}

/** A short reference or number written by an officer (decision no., certificate no.). */
export function IsReference(maxLength = 100): PropertyDecorator {
  return applyDecorators(IsString(), IsNotEmpty(), MaxLength(maxLength));
}

/** Free text written by an officer (a reason, a summary). */
export function IsText(maxLength = 2000): PropertyDecorator {
  return applyDecorators(IsString(), MaxLength(maxLength));
}

/**
 * A text an action cannot do without (the reason of a refusal). Where it overrides the optional
 * `reason` of MemberActionBodyDto, the `ValidateIf` replaces the inherited `IsOptional` (class-validator
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

/**
 * What every member action states besides its payload: `POST /api/members/{id}/actions/{action}` takes
 * `{ occurredOn, reason?, documentRef?, ...payload }` (api.md).
 */
export class MemberActionBodyDto {
  @ApiProperty({
    description:
      'The business date of the step (YYYY-MM-DD): not in the future, not before the last one.',
    example: '2025-03-14',
  })
  @IsIsoDate()
  occurredOn!: string;

  @ApiPropertyOptional({ description: 'Why, in the officer’s words.', maxLength: 2000 })
  @IsOptional()
  @IsText()
  reason?: string;

  @ApiPropertyOptional({
    description: 'The decision or resolution number.',
    example: '125-QĐ/HU',
    maxLength: 100,
  })
  @IsOptional()
  @IsReference()
  documentRef?: string;
}

/** Actions a unit decides: its decision number and the deciding unit. */
export class DecisionBodyDto extends MemberActionBodyDto {
  @ApiProperty({ description: 'The decision number.', example: '125-QĐ/HU', maxLength: 100 })
  @IsReference()
  decisionNo!: string;

  @ApiProperty({ description: 'The unit that decided.', example: 'dang-bo-huyen-a' })
  @IsUnitId()
  decidingUnitId!: string;
}

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
  @IsOptional()
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
