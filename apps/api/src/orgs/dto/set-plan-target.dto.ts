import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate, Optional } from '../../http/dto/validators';

/** `PUT /api/orgs/{id}/plans/{year}`: the unit's admission target for the year. */
export class SetPlanTargetDto {
  @ApiProperty({ description: 'New members targeted in the year.', example: 40, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  target!: number;

  @ApiPropertyOptional({
    description: 'When the plan was set or revised (YYYY-MM-DD); today when omitted.',
  })
  @Optional()
  @IsLocalDate()
  occurredOn?: string;

  @ApiPropertyOptional({ description: 'Why, in the officer’s words.', maxLength: 2000 })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    description: 'The resolution setting the plan.',
    example: '12-NQ/ĐU',
    maxLength: 100,
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentRef?: string;
}
