import { JwtService } from '@nestjs/jwt';
import {
  issueToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  signingKey,
  TOKEN_ISSUER,
  verifyToken,
} from './tokens';

const secret = 'k7Qp2vX9sL4mN8rT1wY6zB3cF5hJ0dGaEe';
// As the api registers it: the secret made a key once.
const jwt = new JwtService({ secret: signingKey(secret) });

describe('tokens', () => {
  it('verifies a token it issued', () => {
    const token = issueToken(secret, {
      subject: 's',
      roles: ['officer'],
      org: 'huyen',
      expiresIn: '8h',
    });
    expect(verifyToken(jwt, token)).toEqual({ id: 's', roles: ['officer'], orgScope: 'huyen' });
  });

  it('verifies with the key a token signed with the secret as a string (tokens issued before)', () => {
    const token = new JwtService({ secret }).sign(
      { sub: 's', roles: ['officer'], org: 'huyen' },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER, expiresIn: '1h' },
    );
    expect(verifyToken(jwt, token)).toEqual({ id: 's', roles: ['officer'], orgScope: 'huyen' });
  });

  it('refuses to issue a token that lives longer than the longest lifetime', () => {
    expect(() =>
      issueToken(secret, { subject: 's', roles: ['admin'], org: '*', expiresIn: '365d' }),
    ).toThrow(/at most 90 days/);
  });

  it('refuses a token without an expiry, or living longer than allowed', () => {
    const forever = jwt.sign(
      { sub: 's', roles: ['admin'], org: '*' },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER },
    );
    expect(verifyToken(jwt, forever)).toBeUndefined();
    const long = jwt.sign(
      { sub: 's', roles: ['admin'], org: '*' },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER, expiresIn: MAX_TOKEN_LIFETIME_SECONDS + 60 },
    );
    expect(verifyToken(jwt, long)).toBeUndefined();
  });

  it('refuses an expired token, another issuer, another algorithm', () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 's', roles: ['admin'], org: '*' };
    const expired = jwt.sign(
      { ...claims, iat: now - 7200, exp: now - 3600 },
      { algorithm: 'HS256', issuer: TOKEN_ISSUER },
    );
    expect(verifyToken(jwt, expired)).toBeUndefined();
    const foreign = jwt.sign(claims, { algorithm: 'HS256', issuer: 'someone', expiresIn: '1h' });
    expect(verifyToken(jwt, foreign)).toBeUndefined();
    const hs512 = jwt.sign(claims, { algorithm: 'HS512', issuer: TOKEN_ISSUER, expiresIn: '1h' });
    expect(verifyToken(jwt, hs512)).toBeUndefined();
  });
});
