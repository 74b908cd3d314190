import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DomainEvent } from '@memberflow/domain';
import { normalizePerson, type MemberCommand, type MemberState } from '@memberflow/domain/member';
import type { EventStore } from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import type { AggregateCommand, AggregateDefinition } from '../commands/aggregate';
import { MEMBER_AGGREGATE } from '../commands/aggregates';
import { memberIdForCitizen, requestFingerprint } from '../commands/command-ids';
import {
  CommandService,
  type CommandRequest,
  type CommandResult,
} from '../commands/command.service';
import { Clock } from '../commands/clock';
import { ExecuteCommand } from '../commands/execute-command';
import { toDomainEvent } from '../commands/stream-loader';
import { ID_SALT } from '../deployment/deployment-secrets';
import { RefusalError, storeUnavailable } from '../outcome/refusal';
import { EVENT_STORE } from '../store/event-store.provider';
import { COLUMN_OF } from '../spreadsheets/roster-layout';
import { CellDirectory } from './cell-directory';
import {
  checkHeader,
  columnLetters,
  headerOf,
  isBlank,
  noHeader,
  readRow,
  type RosterEntry,
  type RosterHeader,
  type RowReason,
} from './roster-rows';
import {
  DEFAULT_IMPORT_LIMITS,
  HEADER_SEARCH_ROWS,
  ImportFileError,
  openSheet,
  sha256Of,
  tooManyRows,
  type ImportFile,
  type ImportLimits,
  type SheetSource,
} from './spreadsheet-file';

/**
 * Importing a roster of existing members (issue 20): a dry run checks every row and answers what a
 * commit of the same file would do, row by row; a commit writes it, each row through `register-existing`
 * on the command path (the CommandBus), with the file and the row as the event's document reference and
 * an idempotency key derived from the file's hash and the row, so that running the same file again
 * changes nothing. A refused row never stops the others. The whole file is read and checked before the
 * first write: a file that turns out unreadable half-way writes nothing.
 */

export type ImportMode = 'dry-run' | 'commit';
export type RowStatus = 'created' | 'unchanged' | 'refused';

export interface ImportRowResult {
  /** The row's number in the sheet. */
  readonly row: number;
  readonly status: RowStatus;
  /** The member's id (derived from the citizen ID) when the row has a valid one. */
  readonly memberId?: string;
  /** The stage the member is (or would be) registered at. */
  readonly stage?: string;
  /** Why a row is refused; empty otherwise. */
  readonly reasons: readonly RowReason[];
  /** What was read but is worth telling (a citizen ID repaired, positions not imported). */
  readonly notes: readonly RowReason[];
}

export interface ImportReport {
  readonly file: {
    readonly name: string;
    readonly sha256: string;
    readonly bytes: number;
    readonly format: 'xlsx' | 'csv';
    /** The worksheet read (XLSX). */
    readonly sheet: string | null;
  };
  /** `dry-run`: nothing was written, the statuses say what a commit would do. */
  readonly mode: ImportMode;
  /** The business date the members are registered on (today). */
  readonly registeredOn: string;
  readonly header: {
    readonly row: number;
    readonly columns: readonly { field: string; heading: string; column: string }[];
    /** Headings the import does not read. */
    readonly ignored: readonly string[];
  };
  /** Rows under the header with something in them. */
  readonly rows: number;
  readonly created: number;
  readonly unchanged: number;
  readonly refused: number;
  readonly results: readonly ImportRowResult[];
}

export interface ImportProgress {
  readonly phase: 'check' | 'write';
  readonly done: number;
  /** Known for the writes (the rows the check found writable); unknown while checking. */
  readonly total?: number;
}

export interface ImportOptions {
  readonly mode: ImportMode;
  readonly principal: Principal;
  /** The SHA-256 the caller checked (the dry run's): a commit of a file with another hash is refused. */
  readonly expectedSha256?: string;
  readonly limits?: ImportLimits;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Commands written at once (each to its own member's stream): the store commits them together. */
  readonly concurrency?: number;
}

/** What a row comes to on the command path, before the report's counts. */
interface Decided {
  readonly status: RowStatus;
  readonly memberId: string;
  readonly stage?: string;
  readonly reasons: readonly RowReason[];
}

type MemberAggregate = AggregateDefinition<AggregateCommand, DomainEvent, unknown>;

@Injectable()
export class RosterImportService {
  constructor(
    private readonly bus: CommandBus,
    private readonly commands: CommandService,
    private readonly cells: CellDirectory,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_SALT) private readonly idSalt: string,
  ) {}

  async run(file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
    const sha256 = await sha256Of(file);
    if (options.expectedSha256 !== undefined && options.expectedSha256.toLowerCase() !== sha256)
      throw new ImportFileError(
        'hash_mismatch',
        {
          vi: `Tệp gửi lên không phải tệp đã kiểm tra: SHA-256 của tệp là ${sha256}, không phải ${options.expectedSha256}. Hãy kiểm tra (chạy thử) lại tệp này trước khi ghi`,
          en: `This is not the file that was checked: its SHA-256 is ${sha256}, not ${options.expectedSha256}. Check this file (a dry run) before committing it`,
        },
        { sha256, expected: options.expectedSha256 },
      );
    const source = await openSheet(file, limits);
    const today = this.clock.today();
    const context: RowContext = {
      principal: options.principal,
      sha256,
      fileName: file.name,
      today,
      correlationId: randomUUID(),
    };
    const directory = this.cells.forScope(options.principal);

    // Pass 1: every row read and checked, nothing written (in a commit too: nothing is written before
    // the whole file has been read). A dry run decides each row on the command path; a commit decides
    // them as it writes them, in pass 2.
    const checked = await this.check(source, limits, context, directory, {
      decide: options.mode === 'dry-run',
      onProgress: options.onProgress,
    });
    const results = checked.results;
    if (options.mode === 'commit') {
      const writable = results.filter((result) => result.status === 'created').length;
      if (writable > 0)
        await this.write(source, checked.header, context, directory, results, {
          total: writable,
          concurrency: options.concurrency ?? 8,
          onProgress: options.onProgress,
        });
    }
    const count = (status: RowStatus) =>
      results.filter((result) => result.status === status).length;
    return {
      file: {
        name: file.name,
        sha256,
        bytes: file.size,
        format: source.format,
        sheet: source.format === 'xlsx' ? source.sheetName : null,
      },
      mode: options.mode,
      registeredOn: today,
      header: {
        row: checked.header.row,
        columns: [...checked.header.columns]
          .sort(([, a], [, b]) => a - b)
          .map(([field, index]) => ({
            field,
            heading: checked.header.headings[index],
            column: columnLetters(index),
          })),
        ignored: checked.header.ignored,
      },
      rows: results.length,
      created: count('created'),
      unchanged: count('unchanged'),
      refused: count('refused'),
      results,
    };
  }

  private async check(
    source: SheetSource,
    limits: ImportLimits,
    context: RowContext,
    directory: ReturnType<CellDirectory['forScope']>,
    options: { readonly decide: boolean; readonly onProgress: ImportOptions['onProgress'] },
  ): Promise<{ header: RosterHeader; results: ImportRowResult[] }> {
    const onProgress = options.onProgress;
    let header: RosterHeader | undefined;
    let read = 0;
    const results: ImportRowResult[] = [];
    const seen = new Map<string, number>();
    for await (const row of source.rows()) {
      read += 1;
      if (!header) {
        header = headerOf(row);
        if (header) checkHeader(header, source.merges);
        else if (read >= HEADER_SEARCH_ROWS) throw noHeader(read);
        continue;
      }
      if (isBlank(header, row)) continue;
      if (results.length >= limits.maxRows) throw tooManyRows(limits);
      const reading = readRow(header, row);
      const memberId = (citizenId: string) => memberIdForCitizen(this.idSalt, citizenId);
      if (!reading.ok) {
        results.push({
          row: row.number,
          status: 'refused',
          ...(reading.citizenId ? { memberId: memberId(reading.citizenId) } : {}),
          reasons: reading.reasons,
          notes: reading.notes,
        });
      } else {
        const citizenId = reading.entry.person.citizenId;
        const first = seen.get(citizenId);
        const decided =
          first !== undefined
            ? refusedRow(memberId(citizenId), {
                code: 'duplicate_in_file',
                column: COLUMN_OF.citizenId.header,
                message: {
                  vi: `Số CCCD ${citizenId} trùng với dòng ${first} của tệp`,
                  en: `Citizen ID ${citizenId} is on row ${first} of the file already`,
                },
              })
            : options.decide
              ? await this.decide(reading.entry, row.number, context, directory, true)
              : { status: 'created' as const, memberId: memberId(citizenId), reasons: NONE };
        if (first === undefined) seen.set(citizenId, row.number);
        results.push({ row: row.number, ...decided, notes: reading.notes });
      }
      if (results.length % 500 === 0) onProgress?.({ phase: 'check', done: results.length });
    }
    if (!header) throw noHeader(read);
    if (results.length === 0)
      throw new ImportFileError(
        'no_rows',
        {
          vi: `Không có dòng dữ liệu nào dưới hàng tiêu đề (dòng ${header.row})`,
          en: `No rows under the header (row ${header.row})`,
        },
        { headerRow: header.row },
      );
    onProgress?.({ phase: 'check', done: results.length, total: results.length });
    return { header, results };
  }

  /** Pass 2 of a commit: the rows the check found writable, read again and written. */
  private async write(
    source: SheetSource,
    header: RosterHeader,
    context: RowContext,
    directory: ReturnType<CellDirectory['forScope']>,
    results: ImportRowResult[],
    options: {
      total: number;
      concurrency: number;
      onProgress: ImportOptions['onProgress'];
    },
  ): Promise<void> {
    const index = new Map(results.map((result, at) => [result.row, at]));
    const running = new Set<Promise<void>>();
    let done = 0;
    let failure: unknown;
    for await (const row of source.rows()) {
      if (row.number <= header.row) continue;
      const at = index.get(row.number);
      if (at === undefined || results[at].status !== 'created') continue;
      const reading = readRow(header, row);
      // The same bytes read the same way: a row found writable reads as it did.
      if (!reading.ok)
        throw new Error(`import: row ${row.number} read differently the second time`);
      const task = this.decide(reading.entry, row.number, context, directory, false).then(
        (decided) => {
          results[at] = { ...results[at], ...decided };
          done += 1;
          options.onProgress?.({ phase: 'write', done, total: options.total });
        },
        (error: unknown) => {
          failure ??= error;
        },
      );
      running.add(task);
      void task.finally(() => running.delete(task));
      if (running.size >= options.concurrency) await Promise.race(running);
      if (failure !== undefined) break;
    }
    await Promise.all(running);
    if (failure !== undefined) throw failure;
  }

  /** A row on the command path: decided only (dry run, and the check before a commit), or written. */
  private async decide(
    entry: RosterEntry,
    row: number,
    context: RowContext,
    directory: ReturnType<CellDirectory['forScope']>,
    decideOnly: boolean,
  ): Promise<Decided> {
    const memberId = memberIdForCitizen(this.idSalt, entry.person.citizenId);
    const cell = await directory.resolve(entry.cellRef);
    if (cell.kind !== 'found') return refusedRow(memberId, cell.reason);
    const { cellRef: _cellRef, ...payload } = entry;
    const command = {
      action: 'register-existing',
      memberId,
      occurredOn: context.today,
      payload: { ...payload, cellId: cell.id },
      reason: `Nhập danh sách từ tệp "${context.fileName}" (SHA-256 ${context.sha256}), dòng ${row} / Imported from "${context.fileName}", row ${row}`,
      documentRef: documentRef(context.fileName, context.sha256, row),
    } as MemberCommand;
    const aggregate = MEMBER_AGGREGATE as unknown as MemberAggregate;
    const request: CommandRequest<AggregateCommand> = {
      aggregate,
      id: memberId,
      command,
      principal: context.principal,
      idempotencyKey: `import:${context.sha256}:${row}`,
      fingerprint: requestFingerprint([aggregate.name, memberId, command]),
      correlationId: context.correlationId,
      ...(decideOnly ? { decideOnly } : {}),
    };
    // A dry run records nothing, so it does not count as a command (the bus's handler counts them).
    const result: CommandResult = decideOnly
      ? await this.commands.execute(request)
      : await this.bus.execute(new ExecuteCommand(request));
    return this.outcome(result, entry, memberId, cell.id);
  }

  private async outcome(
    result: CommandResult,
    entry: RosterEntry,
    memberId: string,
    cellId: string,
  ): Promise<Decided> {
    switch (result.kind) {
      case 'ok': {
        const stage = (result.state as MemberState).stage;
        return result.replayed
          ? { status: 'unchanged', memberId, stage, reasons: NONE }
          : { status: 'created', memberId, stage, reasons: NONE };
      }
      case 'rejected':
        if (result.rejection.rule === 'R-STAGE') return this.existing(entry, memberId, cellId);
        return refusedRow(memberId, {
          code: result.rejection.rule,
          message: result.rejection.message,
        });
      case 'key_reused':
        // This caller wrote this row of this file before, on another day: compare with the record.
        return this.existing(entry, memberId, cellId);
      case 'unavailable':
        throw new RefusalError(storeUnavailable());
      default:
        return refusedRow(memberId, { code: result.kind, message: result.message });
    }
  }

  /**
   * A citizen already in the store: unchanged when the record was registered with this row's data
   * (this file committed before, or another with the same row), refused otherwise: an import never
   * overwrites a record (corrections go through correct-details).
   */
  private async existing(entry: RosterEntry, memberId: string, cellId: string): Promise<Decided> {
    let first: DomainEvent | undefined;
    for await (const stored of this.store.readStream(MEMBER_AGGREGATE.streamId(memberId), {
      limit: 1,
    }))
      first = toDomainEvent(stored);
    if (first?.type === 'MemberRegistered' && sameRegistration(first.data, entry, cellId)) {
      const stage = (first.data as { stage?: string }).stage;
      return { status: 'unchanged', memberId, ...(stage ? { stage } : {}), reasons: NONE };
    }
    return refusedRow(memberId, {
      code: 'already_registered',
      column: COLUMN_OF.citizenId.header,
      message: {
        vi: `Số CCCD ${entry.person.citizenId} đã có hồ sơ trong hệ thống (${memberId}) với thông tin khác dòng này: nhập danh sách không ghi đè hồ sơ; hãy sửa bằng thao tác Sửa thông tin`,
        en: `Citizen ID ${entry.person.citizenId} has a record already (${memberId}) that differs from this row: an import never overwrites a record; use correct-details`,
      },
    });
  }
}

interface RowContext {
  readonly principal: Principal;
  readonly sha256: string;
  readonly fileName: string;
  readonly today: string;
  readonly correlationId: string;
}

/** No reasons, no notes: one array for every row that has none. */
const NONE: readonly RowReason[] = Object.freeze([]);

function refusedRow(memberId: string, reason: RowReason): Decided {
  return { status: 'refused', memberId, reasons: [reason] };
}

/**
 * The document reference of an imported row's event (100 characters at most, as every document
 * reference): the file's name, the start of its hash and the row; the whole hash is in the reason.
 */
export function documentRef(fileName: string, sha256: string, row: number): string {
  const tail = ` #${row} sha256:${sha256.slice(0, 16)}`;
  return `${fileName.slice(0, 100 - tail.length)}${tail}`;
}

/** Whether a registration recorded these facts (the member's record, as the row states it). */
function sameRegistration(data: unknown, entry: RosterEntry, cellId: string): boolean {
  const recorded = data as Record<string, unknown> & { person?: unknown };
  const stated: Record<string, unknown> = {
    cellId,
    admissionDecisionDate: entry.admissionDecisionDate,
    admissionDecisionNo: entry.admissionDecisionNo,
    ceremonyDate: entry.ceremonyDate,
    cardNo: entry.cardNo,
    cardIssuedOn: entry.cardIssuedOn,
    ...(entry.stage ? { stage: entry.stage } : {}),
    ...(entry.recognitionDate ? { officialSince: entry.recognitionDate } : {}),
  };
  return (
    canonical(recorded.person) === canonical(normalizePerson(entry.person)) &&
    Object.entries(stated).every(([key, value]) => recorded[key] === value)
  );
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${key}:${canonical((value as Record<string, unknown>)[key])}`)
    .join(',')}}`;
}
