import { applyDecorators } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy } from 'class-validator';
import { TextField } from '../validation/fields';

export const PASSWORD_MIN_LENGTH = 12;

/** The shipped list of the most common passwords (zxcvbn's, about 50,000), compared case-insensitively. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/** Characters as a person counts them: an emoji or `ä` is one, not two UTF-16 units. */
const lengthOf = (password: string) => [...password.normalize('NFC')].length;

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** Long enough and not common: what every new password must be. */
export function isAcceptablePassword(password: string): boolean {
  return lengthOf(password) >= PASSWORD_MIN_LENGTH && !isCommonPassword(password);
}

/** A new password: text, at least 12 characters and not on the list of common ones (field rules for each). */
export function NewPasswordField(options: { optional?: boolean; description?: string } = {}) {
  const rule = (name: string, valid: (password: string) => boolean, message: string, context?: object) =>
    ValidateBy(
      {
        name,
        validator: {
          validate: (value: unknown) => typeof value !== 'string' || valid(value),
          defaultMessage: () => message,
        },
      },
      { context },
    );
  return applyDecorators(
    rule(
      'passwordTooShort',
      (password) => lengthOf(password) >= PASSWORD_MIN_LENGTH,
      `$property must be at least ${PASSWORD_MIN_LENGTH} characters`,
      { min: PASSWORD_MIN_LENGTH },
    ),
    rule(
      'commonPassword',
      (password) => !isCommonPassword(password),
      '$property is one of the most common passwords: choose another',
    ),
    TextField(200, options),
  );
}
