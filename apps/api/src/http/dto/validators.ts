import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isLocalDate } from '@memberflow/domain/kernel';

/** A real calendar date written `YYYY-MM-DD` (2025-02-30 and 2025-2-3 are refused). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: '$property must be a real date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
  };
}

/** Ids of units: they become part of stream names (`org-<id>`), so a safe, short alphabet. */
export const UNIT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const UNIT_ID_MESSAGE =
  '$property must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit';

/** Unit ids (cells, committees) everywhere a body names one. */
export function IsUnitId(): PropertyDecorator {
  return Matches(UNIT_ID_PATTERN, { message: UNIT_ID_MESSAGE });
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
 * A nested object validated by its own DTO. `IsObject` first: an array or a string where an object
 * belongs is refused with the field's name (ValidateNested alone lets an empty array through).
 */
export function NestedObject(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/**
 * An optional field: absent is fine, `null` is not. class-validator's `IsOptional` skips `null` too,
 * which let `"religion": null` through to the domain (a 500); here `null` meets the field's own
 * validators and is refused naming the field.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}
