import { ProjectionService } from '@memberflow/application';
import type { TestServer } from '../../support/test-app';

/** Waits until every projection of an in-process server serves its version at the store's head. */
export async function caughtUp(server: TestServer, timeoutMs = 30_000): Promise<void> {
  await server.app.get(ProjectionService).runner.waitUntilCaughtUp(timeoutMs);
}

interface Status {
  readonly version: number;
  readonly serving?: { readonly version: number; readonly lag: number };
  readonly building?: unknown;
  readonly rebuildRequested: boolean;
}

/** The same over HTTP (`GET /api/projections`), for a server in another process. */
export async function caughtUpOverHttp(
  url: string,
  adminToken: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/api/projections`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    if (response.status === 200) {
      const { projections } = (await response.json()) as { projections: Status[] };
      const pending = projections.filter(
        (s) =>
          !s.serving ||
          s.serving.version !== s.version ||
          s.serving.lag > 0 ||
          s.building !== undefined ||
          s.rebuildRequested,
      );
      if (pending.length === 0) return;
    }
    if (Date.now() > deadline) throw new Error(`projections not caught up in ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
