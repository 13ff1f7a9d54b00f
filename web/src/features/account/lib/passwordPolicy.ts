/**
 * The auth service's password policy, as a hint while typing (the service decides, with a real guessing estimate):
 * at least 10 characters and at most 256, nothing built on the person's name or email, no obvious pattern.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordChecks = { length: boolean; personal: boolean; pattern: boolean };

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'azertyuiop', 'qwertyuiop', 'qsdfghjklm', 'asdfghjkl', 'wxcvbn', 'zxcvbnm'];
const COMMON = ['password', 'motdepasse', 'azerty', 'qwerty', 'soleil', 'bonjour', 'iloveyou', 'jetaime', 'admin', 'welcome', 'letmein', 'haracademy'];

export function checkPassword(password: string, personal: { email?: string; firstName?: string; lastName?: string } = {}): PasswordChecks {
  const lower = password.toLowerCase();
  const parts = [personal.email?.split('@')[0], personal.email, personal.firstName, personal.lastName]
    .map((part) => part?.trim().toLowerCase() ?? '')
    .filter((part) => part.length >= 4);
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    personal: !parts.some((part) => lower.includes(part)),
    pattern: password.length > 0 && !looksPredictable(lower),
  };
}

export function passwordLooksAcceptable(checks: PasswordChecks): boolean {
  return checks.length && checks.personal && checks.pattern;
}

function looksPredictable(lower: string): boolean {
  if (/^(.{1,4})\1+.{0,3}$/.test(lower)) return true; // "aaaaaaaaaa", "abcabcabcabc"
  const core = lower.replace(/[^a-z]/g, '');
  if (core.length === 0) return isSequence(lower) || /^\d+$/.test(lower); // digits only: a date, a phone, a PIN
  if (COMMON.some((word) => core === word || core === [...word].reverse().join(''))) return true;
  return isSequence(lower);
}

function isSequence(lower: string): boolean {
  const compact = lower.replace(/[^a-z0-9]/g, '');
  return compact.length >= 6 && SEQUENCES.some((sequence) => sequence.includes(compact) || [...sequence].reverse().join('').includes(compact));
}
