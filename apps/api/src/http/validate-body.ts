import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { vietnameseMessage } from './field-messages';
import { ProblemException, type FieldError } from './problem';

/**
 * Validates a JSON body against a class-validator DTO; throws a 400 naming every invalid field
 * (nested ones by their path). Unknown fields are refused so typos do not pass silently.
 */
export function validateBody<T extends object>(type: ClassConstructor<T>, body: unknown): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ProblemException(
      400,
      'invalid_body',
      {
        vi: 'Nội dung yêu cầu phải là một đối tượng JSON',
        en: 'The request body must be a JSON object',
      },
      { errors: [{ field: '(body)', messages: ['must be a JSON object'] }] },
    );
  }
  const instance = plainToInstance(type, body);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    const fields = flatten(errors, '');
    throw new ProblemException(
      400,
      'invalid_body',
      {
        vi: `Dữ liệu không hợp lệ: ${fields.map((f) => f.field).join(', ')}`,
        en: `Invalid fields: ${fields.map((f) => f.field).join(', ')}`,
      },
      { errors: fields },
    );
  }
  return instance;
}

function flatten(errors: readonly ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const own: FieldError[] =
      constraints.length > 0
        ? [
            {
              field,
              messages: constraints.map(([, english]) => english),
              vi: constraints.map(([name, english]) => vietnameseMessage(name, english)),
            },
          ]
        : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
