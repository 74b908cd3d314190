import { randomBytes } from 'node:crypto';
import { secretWeakness } from './secret-strength';

describe('secretWeakness', () => {
  it('accepts a random secret', () => {
    expect(secretWeakness(randomBytes(48).toString('base64url'))).toBeUndefined();
  });

  it.each([
    ['short', 'a1B2c3D4e5F6', /12 characters; use at least 32/],
    ['a repeated character', 'a'.repeat(40), /only 1 different characters/],
    ['a short pattern repeated', '0123'.repeat(10), /only 4 different characters/],
    ['a placeholder', 'please-changeme-before-production-2024!', /placeholder word "changeme"/],
    ['the product name', 'Memberflow-JWT-Signing-Key-42-XYZ-abc', /placeholder word "memberflow"/],
  ])('refuses %s, saying why', (_label, secret, reason) => {
    expect(secretWeakness(secret)).toMatch(reason);
  });
});
