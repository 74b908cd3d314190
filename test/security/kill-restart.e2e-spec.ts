import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openEventStore, verifyStream, type StoredEvent } from '@memberflow/event-store';
import { commandIdFor, issueToken } from '@memberflow/application';
import { describeWithPostgres, dropSchemas, uniqueSchema } from '../support/postgres';
import type { RequestOptions, TestResponse } from '../support/test-app';
import { startChildServer, strongSecret, type ChildServer } from './support/child-server';
import { runOfficerLoad, type SentCommand } from './support/officer-load';
import { caughtUpOverHttp } from './support/projections';
import { readModelSnapshot } from './support/read-models';
import { buildTwoProvinces } from './support/two-provinces';

/**
 * Faults (issue 5): the real server in its own process, concurrent officers sending commands with
 * Idempotency-Keys, SIGKILL in the middle of the load, a restart on the same store. Every command that
 * was answered 2xx must be in the store exactly once, and sending it again with its key must give the
 * original answer. Run on the embedded SQLite store and on PostgreSQL.
 */

const CLIENTS = Number(process.env.MEMBERFLOW_KILL_CLIENTS ?? 20);
const LOAD_MS = Number(process.env.MEMBERFLOW_KILL_SECONDS ?? 12) * 1000;

interface Figures {
  store: string;
  commands: number;
  attempts: number;
  acknowledged: number;
  unansweredAtKill: number;
  storedBeforeAnswer: number;
  networkErrors: number;
  faults: number;
  restartMs: number;
  lost: number;
  duplicated: number;
  replays: number;
  replaysDiffering: number;
  rosterRows: number;
}

async function send(url: string, method: string, path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text } as TestResponse;
}

async function readAll(storeUrl: string): Promise<StoredEvent[]> {
  const store = await openEventStore(storeUrl);
  try {
    const events: StoredEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  } finally {
    await store.close();
  }
}

function describeKillRestart(
  storeName: string,
  prepare: () => Promise<{ storeUrl: string; teardown: () => Promise<void> }>,
): void {
  describe(`SIGKILL under load, then restart (${storeName})`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'memberflow-kill-'));
    const secret = strongSecret();
    const idSalt = strongSecret();
    let storeUrl: string;
    let teardown: () => Promise<void>;
    let server: ChildServer;
    let commands: SentCommand[] = [];
    const figures: Figures = {
      store: storeName,
      commands: 0,
      attempts: 0,
      acknowledged: 0,
      unansweredAtKill: 0,
      storedBeforeAnswer: 0,
      networkErrors: 0,
      faults: 0,
      restartMs: 0,
      lost: 0,
      duplicated: 0,
      replays: 0,
      replaysDiffering: 0,
      rosterRows: 0,
    };
    const env = () => ({
      MEMBERFLOW_DATA_DIR: dataDir,
      MEMBERFLOW_EVENT_STORE: storeUrl,
      MEMBERFLOW_JWT_SECRET: secret,
      MEMBERFLOW_ID_SALT: idSalt,
      MEMBERFLOW_LOG_LEVEL: 'warn',
      MEMBERFLOW_RATE_LIMIT_PER_TOKEN: '0',
      MEMBERFLOW_RATE_LIMIT_PER_ADDRESS: '0',
    });
    const token = (role: 'admin' | 'officer', org: string, subject: string) =>
      issueToken(secret, { subject, roles: [role], org, expiresIn: '1h' });

    beforeAll(async () => {
      ({ storeUrl, teardown } = await prepare());
      server = await startChildServer({ env: env() });
    }, 90_000);

    afterAll(async () => {
      await server?.stop();
      process.stdout.write(`kill-restart: ${JSON.stringify(figures)}\n`);
      await teardown?.();
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it(
      'keeps every acknowledged command exactly once, answers a retried key as the first time, and projects what a full rebuild does',
      async () => {
        const admin = token('admin', '*', 'kill-admin');
        const fx = await buildTwoProvinces(
          (method, path, options) => send(server.url, method, path, options),
          admin,
        );
        const subject = (client: number) => `officer-${client}`;
        const tokens = Array.from({ length: CLIENTS }, (_, client) =>
          token('officer', fx.a.districtId, subject(client)),
        );

        // The load, with one SIGKILL at a random moment between a third and two thirds of it.
        const killAfter = LOAD_MS * (0.33 + Math.random() * 0.33);
        const killer = (async () => {
          await new Promise((done) => setTimeout(done, killAfter));
          server.process.kill('SIGKILL');
          await server.exited;
          figures.faults += 1;
          const restarting = Date.now();
          server = await startChildServer({ env: env(), port: server.port });
          figures.restartMs = Date.now() - restarting;
        })();
        const load = await runOfficerLoad({
          clients: CLIENTS,
          durationMs: LOAD_MS,
          url: () => server.url,
          token: (client) => tokens[client],
          subject,
          cellId: fx.a.cellId,
          introducerIds: fx.a.officialIds,
          citizenPrefix: storeName === 'SQLite' ? '0791' : '0792',
        });
        await killer;
        commands = load.commands;
        figures.commands = commands.length;
        figures.attempts = load.attempts;
        figures.networkErrors = load.networkErrors;
        figures.unansweredAtKill = commands.filter((c) => c.unanswered).length;

        const unanswered = commands.filter((c) => c.answer === undefined);
        expect(unanswered.map((c) => c.key)).toEqual([]);
        const refused = commands.filter((c) => c.answer!.status >= 300);
        expect(refused.map((c) => `${c.key} ${c.path}: ${c.answer!.status}`)).toEqual([]);
        const acknowledged = commands.filter((c) => c.answer!.status < 300);
        figures.acknowledged = acknowledged.length;
        expect(figures.faults).toBe(1);
        expect(acknowledged.length).toBeGreaterThan(CLIENTS * 5);

        // Retried with its key, every command answers as it did: same status class, ETag and body.
        const differing: string[] = [];
        // Each client retries its own commands, the clients side by side.
        const replay = async (command: SentCommand) => {
          const again = await send(server.url, command.method, command.path, {
            token: tokens[command.client],
            body: command.body,
            headers: { 'idempotency-key': command.key },
          });
          figures.replays += 1;
          const same =
            again.status === 200 &&
            again.headers.get('idempotent-replayed') === 'true' &&
            again.headers.get('etag') === command.answer!.etag &&
            isDeepStrictEqual(again.body, command.answer!.body);
          if (!same) {
            differing.push(
              `${command.key}: ${again.status} ${JSON.stringify(again.body)} ≠ ${JSON.stringify(command.answer!.body)}`,
            );
          }
        };
        await Promise.all(
          tokens.map(async (_token, client) => {
            for (const command of acknowledged.filter((c) => c.client === client)) {
              await replay(command);
            }
          }),
        );
        figures.replaysDiffering = differing.length;
        expect(differing).toEqual([]);

        // The read models as the killed and restarted server kept them, once caught up.
        await caughtUpOverHttp(server.url, admin);
        const incremental = await readModelSnapshot(
          server.url,
          admin,
          fx.a.provinceId,
          fx.a.districtId,
        );

        // In the store: each acknowledged command once, at the revision it answered; nothing else.
        await server.stop();
        const events = await readAll(storeUrl);
        const byCommand = new Map<string, StoredEvent[]>();
        for (const event of events) {
          const list = byCommand.get(event.metadata.commandId) ?? [];
          list.push(event);
          byCommand.set(event.metadata.commandId, list);
        }
        const lost: string[] = [];
        const duplicated: string[] = [];
        const sent = new Set<string>();
        for (const command of commands) {
          const commandId = commandIdFor(command.subject, command.key);
          sent.add(commandId);
          const stored = byCommand.get(commandId) ?? [];
          if (command.answer!.status >= 300) continue;
          if (stored.length === 0) lost.push(command.key);
          else if (stored.length > 1) duplicated.push(`${command.key} ×${stored.length}`);
          else if (`"${stored[0].revision}"` !== command.answer!.etag) {
            lost.push(
              `${command.key}: answered ${command.answer!.etag}, stored at ${stored[0].revision}`,
            );
          }
          if (command.unanswered && command.answer!.replayed) figures.storedBeforeAnswer += 1;
        }
        figures.lost = lost.length;
        figures.duplicated = duplicated.length;
        expect({ lost, duplicated }).toEqual({ lost: [], duplicated: [] });
        const fromLoad = events.filter((e) => String(e.metadata.actor.id).startsWith('officer-'));
        const phantom = fromLoad.filter((e) => !sent.has(e.metadata.commandId));
        expect(phantom.map((e) => e.eventId)).toEqual([]);

        // Every stream's hash chain survived the kill.
        const streams = new Map<string, StoredEvent[]>();
        for (const event of events) {
          streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
        }
        const broken: string[] = [];
        for (const [stream, list] of streams) {
          const verification = await verifyStream(
            (async function* () {
              yield* list;
            })(),
          );
          if (!verification.ok) broken.push(stream);
        }
        expect(broken).toEqual([]);

        // A full rebuild (a fresh read database over the same store) holds the same rows.
        const rebuildDir = mkdtempSync(join(tmpdir(), 'memberflow-rebuild-'));
        const rebuilt = await startChildServer({
          env: { ...env(), MEMBERFLOW_DATA_DIR: rebuildDir },
        });
        try {
          await caughtUpOverHttp(rebuilt.url, admin, 120_000);
          const full = await readModelSnapshot(
            rebuilt.url,
            admin,
            fx.a.provinceId,
            fx.a.districtId,
          );
          figures.rosterRows = (full.roster as unknown[]).length;
          expect(incremental).toEqual(full);
        } finally {
          await rebuilt.stop();
          rmSync(rebuildDir, { recursive: true, force: true });
        }
      },
      LOAD_MS + 180_000,
    );
  });
}

describeKillRestart('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'memberflow-kill-store-'));
  return {
    storeUrl: `sqlite:${join(dir, 'events.db')}`,
    teardown: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeWithPostgres('kill and restart on PostgreSQL', () =>
  describeKillRestart('PostgreSQL', async () => {
    const { schema, url } = uniqueSchema('sec_kill');
    return { storeUrl: url, teardown: () => dropSchemas(schema) };
  }),
);
