import { person } from '../../support/fixtures';

/**
 * Concurrent officers, each taking its own candidates through the first steps of admission, every
 * command with an Idempotency-Key. A command whose answer is lost (the server was killed, the
 * connection reset) is sent again with the same key until it is answered, as a careful client does.
 */

/** The steps after sourcing, each with a valid body, dated in order. */
export function admissionSteps(introducerIds: readonly string[]): [string, object][] {
  return [
    [
      'complete-awareness-course',
      {
        certificateNo: 'GCN-123',
        issuer: 'Trung tâm Chính trị huyện',
        certificateDate: '2023-02-10',
        occurredOn: '2023-02-10',
      },
    ],
    ['submit-application', { occurredOn: '2023-03-01' }],
    ['record-background-check', { conclusion: 'clear', occurredOn: '2023-03-10' }],
    [
      'assign-introducers',
      {
        introducers: introducerIds.map((memberId) => ({ memberId, knownSince: '2021-01-01' })),
        occurredOn: '2023-03-11',
      },
    ],
    [
      'record-opinion',
      {
        source: 'mass_organization',
        favorable: true,
        summary: 'Nhất trí',
        occurredOn: '2023-03-15',
      },
    ],
    [
      'record-opinion',
      { source: 'residence_cell', favorable: true, summary: 'Nhất trí', occurredOn: '2023-03-16' },
    ],
  ];
}

/** One command as a client sent it, and the answer it finally got. */
export interface SentCommand {
  readonly client: number;
  /** The token's subject: with the key, it names the command (commandIdFor). */
  readonly subject: string;
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly body: object;
  /** Set once answered. */
  answer?: {
    readonly status: number;
    readonly etag: string | null;
    readonly body: unknown;
    /** Answered from the store: the command had been recorded by an earlier attempt. */
    readonly replayed: boolean;
  };
  /** How many times it was sent before an answer came (1: answered the first time). */
  attempts: number;
  /** Sent while the server died: the first attempt got no answer. */
  unanswered: boolean;
}

export interface LoadOptions {
  readonly clients: number;
  readonly durationMs: number;
  /** The base URL, read at every attempt (a restarted server may listen elsewhere). */
  readonly url: () => string;
  readonly token: (client: number) => string;
  readonly subject: (client: number) => string;
  readonly cellId: string;
  readonly introducerIds: readonly string[];
  /** Citizen IDs are unique per run: a prefix of 4 digits. */
  readonly citizenPrefix: string;
  /** Called with each person sent (for the log checks). */
  readonly onPerson?: (someone: ReturnType<typeof person>) => void;
}

export interface LoadResult {
  readonly commands: SentCommand[];
  readonly attempts: number;
  readonly networkErrors: number;
}

const RETRY_PAUSE_MS = 150;
/** How long a command is retried after the load's end before the run gives up on it. */
const DRAIN_MS = 60_000;

/** Runs the officers until the duration is over and every command sent has an answer. */
export async function runOfficerLoad(options: LoadOptions): Promise<LoadResult> {
  const commands: SentCommand[] = [];
  let attempts = 0;
  let networkErrors = 0;
  const endAt = Date.now() + options.durationMs;
  const giveUpAt = endAt + DRAIN_MS;
  const steps = admissionSteps(options.introducerIds);

  async function send(command: SentCommand, client: number): Promise<void> {
    for (;;) {
      attempts += 1;
      command.attempts += 1;
      try {
        const response = await fetch(`${options.url()}${command.path}`, {
          method: command.method,
          headers: {
            authorization: `Bearer ${options.token(client)}`,
            'content-type': 'application/json',
            'idempotency-key': command.key,
          },
          body: JSON.stringify(command.body),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        if (response.status === 503 || response.status === 429) {
          command.unanswered = true;
        } else {
          command.answer = {
            status: response.status,
            etag: response.headers.get('etag'),
            body: text ? JSON.parse(text) : undefined,
            replayed: response.headers.get('idempotent-replayed') === 'true',
          };
          return;
        }
      } catch {
        networkErrors += 1;
        command.unanswered = true;
      }
      if (Date.now() > giveUpAt) return;
      await new Promise((done) => setTimeout(done, RETRY_PAUSE_MS));
    }
  }

  async function officer(client: number): Promise<void> {
    const candidates: { id: string; next: number }[] = [];
    let serial = 0;
    while (Date.now() < endAt) {
      serial += 1;
      const key = `load-${client}-${serial}`;
      const advancing = candidates.find((candidate) => candidate.next < steps.length);
      let command: SentCommand;
      if (advancing && serial % 3 !== 0) {
        const [action, body] = steps[advancing.next];
        command = {
          client,
          subject: options.subject(client),
          key,
          method: 'POST',
          path: `/api/members/${advancing.id}/actions/${action}`,
          body,
          attempts: 0,
          unanswered: false,
        };
      } else {
        const citizenId = `${options.citizenPrefix}${String(client).padStart(3, '0')}${String(serial).padStart(5, '0')}`;
        const someone = person(citizenId, { fullName: fullNameOf(client, serial) });
        options.onPerson?.(someone);
        command = {
          client,
          subject: options.subject(client),
          key,
          method: 'POST',
          path: '/api/members',
          body: {
            person: someone,
            cellId: options.cellId,
            proposedBy: 'youth_union',
            occurredOn: '2023-01-05',
          },
          attempts: 0,
          unanswered: false,
        };
      }
      commands.push(command);
      await send(command, client);
      const answer = command.answer;
      if (!answer || answer.status >= 300) continue;
      if (command.path === '/api/members') {
        candidates.push({ id: String((answer.body as { id: string }).id), next: 0 });
      } else if (advancing) {
        advancing.next += 1;
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, client) => officer(client)));
  return { commands, attempts, networkErrors };
}

const FAMILY = ['Lương', 'Trịnh', 'Mai', 'Khổng', 'Tạ', 'Lã', 'Giáp', 'Âu'];
const GIVEN = ['Thảo', 'Việt', 'Hằng', 'Long', 'Ngân', 'Phúc', 'Quyên', 'Sơn', 'Tâm', 'Yến'];

/** A letters-only name distinct per client and serial. */
function fullNameOf(client: number, serial: number): string {
  const family = FAMILY[client % FAMILY.length];
  const middle = GIVEN[Math.floor(client / FAMILY.length) % GIVEN.length];
  const given = GIVEN[serial % GIVEN.length];
  const extra = GIVEN[Math.floor(serial / GIVEN.length) % GIVEN.length];
  return `${family} ${middle} ${extra} ${given}`;
}
