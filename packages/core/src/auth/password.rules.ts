import type { FieldProblem } from '../common/errors.js';

/**
 * Password policy (OWASP Authentication Cheat Sheet): at least 12 characters, at most 128 so that
 * hashing stays bounded, any characters allowed (no composition rules), not the login itself.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function passwordProblems(password: string, login: string | null, field = 'password'): FieldProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return [
      {
        field,
        rule: 'MIN_LENGTH',
        message: `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự / must have at least ${PASSWORD_MIN} characters`,
      },
    ];
  if (length > PASSWORD_MAX)
    return [
      {
        field,
        rule: 'MAX_LENGTH',
        message: `Mật khẩu tối đa ${PASSWORD_MAX} ký tự / must have at most ${PASSWORD_MAX} characters`,
      },
    ];
  if (login !== null && password.trim().toLowerCase() === login.trim().toLowerCase())
    return [
      {
        field,
        rule: 'NOT_LOGIN',
        message: 'Mật khẩu không được trùng tên đăng nhập / must not be the login',
      },
    ];
  return [];
}
