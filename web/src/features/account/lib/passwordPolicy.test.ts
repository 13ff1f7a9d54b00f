import { describe, expect, it } from 'vitest';
import { checkPassword, passwordLooksAcceptable } from './passwordPolicy';

describe('checkPassword', () => {
  it('accepts a long, unpredictable password', () => {
    expect(passwordLooksAcceptable(checkPassword('Violet-Kayak-Lune-42', { email: 'nadia@example.com', firstName: 'Nadia', lastName: 'Testeur' }))).toBe(true);
  });

  it('flags a password under 10 characters', () => {
    expect(checkPassword('K4yak!x').length).toBe(false);
  });

  it('flags a password built on the person’s name or email', () => {
    const checks = checkPassword('Bonjour-Testeur-2026', { email: 'nadia@example.com', firstName: 'Nadia', lastName: 'Testeur' });
    expect(checks.personal).toBe(false);
    expect(checkPassword('nadia-rocks-2026!', { email: 'nadia@example.com' }).personal).toBe(false);
  });

  it.each(['aaaaaaaaaaaa', 'azertyuiop', '1234567890', 'Password2024!', 'abcabcabcabc'])('flags the predictable %s', (password) => {
    expect(checkPassword(password).pattern).toBe(false);
  });
});
