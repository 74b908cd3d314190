import { createHash, randomUUID } from 'node:crypto';

/** A name-based UUID (RFC 9562 v5 layout over SHA-1): the same name always gives the same id. */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(`${namespace}\u0000${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The command id of a request: derived from the caller and their Idempotency-Key, so a retry is
 * recognised in the stream; random when the client sent no key.
 */
export function commandIdFor(principalId: string, idempotencyKey: string | undefined): string {
  return idempotencyKey === undefined
    ? randomUUID()
    : nameBasedUuid('memberflow:command', `${principalId}\u0000${idempotencyKey}`);
}

/** Event ids derived from the command id: re-appending a retried command's events is a no-op. */
export function eventIdFor(commandId: string, index: number): string {
  return nameBasedUuid('memberflow:event', `${commandId}:${index}`);
}

/**
 * A person's member id, derived from their citizen ID: one stream per person, found without an index.
 * Keyed with the deployment's salt so an id seen in a URL or a log does not reveal the citizen ID.
 */
export function memberIdForCitizen(salt: string, citizenId: string): string {
  return nameBasedUuid(`memberflow:member:${salt}`, citizenId);
}

/** Fingerprint of a request body, to refuse an Idempotency-Key reused for a different request. */
export function requestFingerprint(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
