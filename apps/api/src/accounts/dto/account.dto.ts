import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import {
  ACCOUNT_ROLES,
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_PATTERN,
  type AccountRole,
  type AdminAccountAction,
} from '@memberflow/domain/account';
import { IsText, Optional, UNIT_ID_PATTERN } from '../../http/dto/validators';

/** A unit's id, or `*` for the whole deployment. */
const SCOPE_PATTERN = new RegExp(`^(\\*|${UNIT_ID_PATTERN.source.slice(1, -1)})$`);

/** Longer than any password the rules accept (R-PASSWORD-LENGTH answers those in between). */
const PASSWORD_FIELD_MAX = 4 * PASSWORD_MAX_LENGTH;

const PASSWORD_RULE = `at least ${PASSWORD_MIN_LENGTH} characters (R-PASSWORD-LENGTH), not containing the username`;

/** `POST /api/session`: sign in. */
export class SignInDto {
  @ApiProperty({ example: 'can-bo-to-chuc', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username!: string;

  @ApiProperty({ format: 'password', maxLength: PASSWORD_FIELD_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_FIELD_MAX)
  password!: string;
}

/** `POST /api/session/password`: the signed-in person changes their own password. */
export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: PASSWORD_FIELD_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_FIELD_MAX)
  currentPassword!: string;

  @ApiProperty({ format: 'password', description: PASSWORD_RULE, maxLength: PASSWORD_FIELD_MAX })
  @IsString()
  @MaxLength(PASSWORD_FIELD_MAX)
  newPassword!: string;
}

function IsRole(): PropertyDecorator {
  return IsIn(ACCOUNT_ROLES, { message: `$property must be one of ${ACCOUNT_ROLES.join(', ')}` });
}

function IsScope(): PropertyDecorator {
  return Matches(SCOPE_PATTERN, {
    message: '$property must be a unit id (1–64 letters, digits, ".", "_" or "-") or *',
  });
}

/** What every administrator's action on an account may say. */
class AccountActionDto {
  @ApiPropertyOptional({ description: 'Why, in the administrator’s words.', maxLength: 2000 })
  @Optional()
  @IsText()
  reason?: string;
}

/** `POST /api/accounts`. */
export class CreateAccountDto extends AccountActionDto {
  @ApiProperty({
    description: '3–64 of a-z, 0-9, ".", "_", "-" (R-ACCOUNT-USERNAME)',
    example: 'can-bo-to-chuc',
    pattern: USERNAME_PATTERN.source,
  })
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: '$property must be 3–64 of a-z, 0-9, ".", "_" or "-" (R-ACCOUNT-USERNAME)',
  })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'officer' })
  @IsRole()
  role!: AccountRole;

  @ApiProperty({
    description: 'The unit the account acts within (its subtree), or * for the whole deployment',
    example: 'huyen-tx',
  })
  @IsScope()
  orgScope!: string;

  @ApiProperty({ format: 'password', description: PASSWORD_RULE, maxLength: PASSWORD_FIELD_MAX })
  @IsString()
  @MaxLength(PASSWORD_FIELD_MAX)
  password!: string;

  @ApiPropertyOptional({
    description: 'The holder must choose a password of their own at first sign-in (default false)',
  })
  @Optional()
  @IsBoolean()
  mustChangePassword?: boolean;
}

export class DisableAccountDto extends AccountActionDto {}
export class EnableAccountDto extends AccountActionDto {}

export class ResetPasswordDto extends AccountActionDto {
  @ApiProperty({
    format: 'password',
    description: `The new password, which the holder must change at next sign-in: ${PASSWORD_RULE}`,
    maxLength: PASSWORD_FIELD_MAX,
  })
  @IsString()
  @MaxLength(PASSWORD_FIELD_MAX)
  password!: string;
}

export class ChangeRoleDto extends AccountActionDto {
  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'auditor' })
  @IsRole()
  role!: AccountRole;

  @ApiProperty({ description: 'A unit id, or * for the whole deployment', example: 'huyen-tx' })
  @IsScope()
  orgScope!: string;
}

/** Each administrator's action with the body it takes (the OpenAPI document spells each one out). */
export const ACCOUNT_ACTION_BODIES: Readonly<
  Record<AdminAccountAction, new () => AccountActionDto>
> = {
  disable: DisableAccountDto,
  enable: EnableAccountDto,
  'reset-password': ResetPasswordDto,
  'change-role': ChangeRoleDto,
};
