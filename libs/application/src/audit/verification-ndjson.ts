import type { VerificationUpdate } from './chain-verification';

/**
 * A verification update as one NDJSON line (`GET /api/audit/verify`, `memberflow verify --json`):
 * `start`, `progress` (with `percent`), `broken` (the first bad event of a stream), `done`. Positions are
 * decimal strings (they are 64-bit).
 */
export function ndjsonLine(update: VerificationUpdate, startedAt: string): string {
  switch (update.kind) {
    case 'start':
      return line({ type: 'start', headPosition: update.headPosition.toString(), startedAt });
    case 'progress':
      return line({
        type: 'progress',
        position: update.position.toString(),
        headPosition: update.headPosition.toString(),
        percent:
          update.headPosition > 0n
            ? Number((update.position * 10_000n) / update.headPosition) / 100
            : 100,
        events: update.events,
        streams: update.streams,
        elapsedMs: update.elapsedMs,
      });
    case 'broken':
      return line({ type: 'broken', ...update.firstBad });
    case 'done':
      return line({
        type: 'done',
        ok: update.ok,
        events: update.events,
        streams: update.streams,
        brokenStreams: update.brokenStreams,
        headPosition: update.headPosition.toString(),
        elapsedMs: update.elapsedMs,
        ...(update.rootHash === undefined ? {} : { rootHash: update.rootHash }),
      });
  }
}

function line(fields: Record<string, unknown>): string {
  return `${JSON.stringify(fields)}\n`;
}
