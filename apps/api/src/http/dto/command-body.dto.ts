import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsLocalDate, IsReference, IsText, Optional } from './validators';

/**
 * What every command body states besides its payload: the business date, the officer's reason and the
 * document (api.md). Member and unit actions extend it.
 */
export class CommandBodyDto {
  @ApiProperty({
    description:
      'The business date of the step (YYYY-MM-DD): not in the future, not before the last one.',
    example: '2025-03-14',
  })
  @IsLocalDate()
  occurredOn!: string;

  @ApiPropertyOptional({ description: 'Why, in the officer’s words.', maxLength: 2000 })
  @Optional()
  @IsText()
  reason?: string;

  @ApiPropertyOptional({
    description: 'The decision or resolution number.',
    example: '125-QĐ/HU',
    maxLength: 100,
  })
  @Optional()
  @IsReference()
  documentRef?: string;
}
