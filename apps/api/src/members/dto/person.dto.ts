import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import {
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  POLITICAL_THEORY_LEVELS,
  PROFESSIONAL_LEVELS,
  type EducationLevel,
  type Ethnicity,
  type Gender,
  type Person,
  type PoliticalTheoryLevel,
  type ProfessionalLevel,
} from '@memberflow/domain/member';
import { IsLocalDate } from './member-body.dto';
import { Optional } from '../../http/dto/validators';

/** A person's data (domain.md §5). The domain trims and NFC-normalizes the text. */
export class PersonDto implements Person {
  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  fullName!: string;

  @ApiProperty({ enum: GENDERS, example: 'male' })
  @IsIn(GENDERS)
  gender!: Gender;

  @ApiProperty({ example: '2000-03-15' })
  @IsLocalDate()
  dateOfBirth!: string;

  @ApiProperty({
    enum: ETHNICITIES,
    description: "One of Vietnam's 54 ethnic groups.",
    example: 'kinh',
  })
  @IsIn(ETHNICITIES)
  ethnicity!: Ethnicity;

  @ApiPropertyOptional({
    description: 'Omitted (or empty) for none.',
    example: 'Phật giáo',
    maxLength: 200,
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  religion?: string;

  @ApiProperty({ description: 'Căn cước công dân: 12 digits.', example: '001200012345' })
  @Matches(/^\d{12}$/, { message: '$property must be exactly 12 digits' })
  citizenId!: string;

  @ApiProperty({ example: 'Nam Định', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  hometown!: string;

  @ApiProperty({ example: 'Phường Láng, Hà Nội', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  residence!: string;

  @ApiProperty({ enum: EDUCATION_LEVELS, example: 'upper_secondary' })
  @IsIn(EDUCATION_LEVELS)
  education!: EducationLevel;

  @ApiProperty({ enum: PROFESSIONAL_LEVELS, example: 'university' })
  @IsIn(PROFESSIONAL_LEVELS)
  professionalLevel!: ProfessionalLevel;

  @ApiProperty({ enum: POLITICAL_THEORY_LEVELS, example: 'elementary' })
  @IsIn(POLITICAL_THEORY_LEVELS)
  politicalTheory!: PoliticalTheoryLevel;

  @ApiProperty({ example: 'Kỹ sư', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  occupation!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  youthUnionMember!: boolean;
}

/** The fields a correction changes; any subset of the person's, each validated as above (null too). */
export class PersonCorrectionDto extends PartialType(PersonDto, { skipNullProperties: false }) {}
