import { postgresUrlSettings } from './postgres-url';

describe('PostgreSQL store settings in the URL', () => {
  it('reads schema, pool size and the connection settings, and hands the driver a URL without them', () => {
    expect(
      postgresUrlSettings(
        'postgres://mf:s%40cret@db:5432/memberflow?schema=province_a&max=20&connectAttempts=10&connectTimeoutMs=2000&pollIntervalMs=250',
      ),
    ).toEqual({
      url: 'postgres://mf:s%40cret@db:5432/memberflow',
      schema: 'province_a',
      maxConnections: 20,
      connectAttempts: 10,
      connectTimeoutMs: 2000,
      pollIntervalMs: 250,
    });
  });

  it('passes the driver’s own parameters through', () => {
    expect(
      postgresUrlSettings(
        'postgres://mf@db/memberflow?sslmode=require&schema=a&application_name=api',
      ),
    ).toEqual({
      url: 'postgres://mf@db/memberflow?sslmode=require&application_name=api',
      schema: 'a',
    });
  });

  it('leaves a URL without memberflow parameters exactly as it is', () => {
    const url = 'postgresql://mf:p%2Fw@db:6432/memberflow?sslmode=verify-full';
    expect(postgresUrlSettings(url)).toEqual({ url });
  });

  it.each([
    ['schema=Province', 'must be lower-case letters, digits and _'],
    ['schema=a;drop', 'must be lower-case letters, digits and _'],
    ['max=0', 'max must be an integer from 1 to 1000, got "0"'],
    ['max=2.5', 'max must be an integer'],
    ['pollIntervalMs=5', 'pollIntervalMs must be an integer from 10'],
  ])('refuses ?%s', (query, message) => {
    expect(() => postgresUrlSettings(`postgres://mf@db/memberflow?${query}`)).toThrow(RangeError);
    expect(() => postgresUrlSettings(`postgres://mf@db/memberflow?${query}`)).toThrow(message);
  });
});
