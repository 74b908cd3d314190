/**
 * HTTP clients, run in a worker thread so that they take the second core and not the server's event
 * loop. Each client works through whole member lifecycles, one request at a time, over a kept-alive
 * loopback connection; the run is bounded by a request count and a duration.
 */
import { Agent, request as httpRequest } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuMicros } from './measure';

/** One request of a member's lifecycle; `{id}` in the path is the id the first request answered. */
export interface PlannedRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export interface ClientJob {
  readonly url: string;
  readonly token: string;
  readonly clients: number;
  readonly count: number;
  readonly seconds: number;
  /** Member lifecycles to work through; empty for the trivial route. */
  readonly lifecycles: readonly (readonly PlannedRequest[])[];
  /** The request repeated when there are no lifecycles (e.g. GET /health). */
  readonly trivial?: PlannedRequest;
}

export interface ClientReport {
  readonly requests: number;
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
  /** Responses by status code, to show that the run measured successes. */
  readonly statuses: Record<string, number>;
  readonly firstError?: string;
  /** CPU time of the clients' own thread (µs; NaN where it cannot be read): the load generator's cost. */
  readonly cpuMicros: number;
}

interface Response {
  readonly status: number;
  readonly text: string;
}

export async function runClients(job: ClientJob): Promise<ClientReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const target = new URL(job.url);
  const latencies = new Float64Array(job.count);
  const statuses: Record<string, number> = {};
  let firstError: string | undefined;
  let done = 0;
  let nextLifecycle = 0;
  const started = performance.now();
  const cpuAtStart = threadCpuMicros();
  const ends = started + job.seconds * 1000;
  const headers = {
    authorization: `Bearer ${job.token}`,
    'content-type': 'application/json',
  };

  const send = (planned: PlannedRequest, id: string): Promise<Response> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: planned.method,
          path: planned.path.replace('{id}', id),
          headers:
            planned.body === undefined
              ? headers
              : { ...headers, 'content-length': Buffer.byteLength(planned.body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(planned.body);
    });

  /** Sends one request if the run is not over; false once it is. */
  const timed = async (planned: PlannedRequest, id: string): Promise<Response | false> => {
    if (done >= job.count || performance.now() >= ends) return false;
    const slot = done++;
    const sent = performance.now();
    const response = await send(planned, id);
    latencies[slot] = performance.now() - sent;
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status >= 300 && firstError === undefined) {
      firstError = `${planned.method} ${planned.path}: ${response.status} ${response.text.slice(0, 300)}`;
    }
    return response;
  };

  const client = async (): Promise<void> => {
    if (job.trivial) {
      while ((await timed(job.trivial, '')) !== false);
      return;
    }
    while (nextLifecycle < job.lifecycles.length) {
      const lifecycle = job.lifecycles[nextLifecycle++];
      let id = '';
      for (const planned of lifecycle) {
        const response = await timed(planned, id);
        if (response === false) return;
        if (response.status >= 300) break;
        if (id === '') id = (JSON.parse(response.text) as { id: string }).id;
      }
    }
  };

  await Promise.all(Array.from({ length: job.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: done,
    seconds,
    latenciesMs: latencies.slice(0, done),
    statuses,
    cpuMicros: threadCpuMicros() - cpuAtStart,
    ...(firstError === undefined ? {} : { firstError }),
  };
}

if (parentPort && workerData?.job) {
  const port = parentPort;
  runClients(workerData.job as ClientJob).then(
    (report) => port.postMessage({ report }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
