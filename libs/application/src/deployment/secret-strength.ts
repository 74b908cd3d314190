/** The shortest signing secret or id salt accepted (HS256 wants at least 256 bits of key). */
export const MIN_SECRET_LENGTH = 32;

/** Fewer distinct characters than this in 32+ is a pattern typed by hand, not a random secret. */
const MIN_DISTINCT_CHARACTERS = 10;

/** Values copied from examples and tutorials, refused wherever they appear in a secret. */
const PLACEHOLDERS = [
  'changeme',
  'change-me',
  'change_me',
  'secret',
  'password',
  'example',
  'memberflow',
];

/**
 * Why a secret is too weak to sign tokens or salt ids, or undefined when it is strong enough. Checks what
 * can be checked without knowing how it was made: length, variety, and placeholders from examples.
 */
export function secretWeakness(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) {
    return `it has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH}`;
  }
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS) {
    return `it uses only ${new Set(secret).size} different characters; use a random value`;
  }
  const lower = secret.toLowerCase();
  const placeholder = PLACEHOLDERS.find((word) => lower.includes(word));
  if (placeholder !== undefined) {
    return `it contains the placeholder word "${placeholder}"; use a random value`;
  }
  return undefined;
}

/** How to make a good one, quoted in every refusal. */
export const SECRET_HOWTO = 'generate one with `openssl rand -base64 48`';
