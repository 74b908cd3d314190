import { createHash } from 'node:crypto';
import type { EventMetadata, EventToAppend, SqliteEventStore } from '@memberflow/event-store';

/**
 * A synthetic province written straight through the SQLite adapter's append (not the API, which would
 * take minutes): one `org-` stream per cell, and per member a `member-` stream of 8 to 12 events along
 * the admission path, with Vietnamese names, decision numbers and the metadata the API writes. Members'
 * streams are appended three events at a time in rounds, so streams interleave in the global order as
 * they do in a live province.
 */
export interface SyntheticProvince {
  readonly members: number;
  readonly cells: number;
  readonly events: number;
  readonly streams: number;
}

/** The admission path a member's stream follows; each stream takes the first 8 to 12 steps. */
const PATH = [
  'CandidateSourced',
  'HelperAssigned',
  'AwarenessCourseCompleted',
  'ApplicationSubmitted',
  'IntroducersAssigned',
  'BackgroundCheckRecorded',
  'OpinionRecorded',
  'CellVoteRecorded',
  'CommitteeVoteRecorded',
  'AdmissionDecided',
  'AdmittedAtCeremony',
  'RatingRecorded',
] as const;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Nhung', 'Phúc', 'Tâm'];

/** Deterministic ids (lower-case UUID form), so two builds of the same size are the same province. */
function uuid(...parts: (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function date(dayOffset: number): string {
  return new Date(Date.UTC(2021, 0, 4) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

function metadata(member: number, step: number, cellId: string): EventMetadata {
  const commandId = uuid('command', member, step);
  return {
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actor: { id: `officer-${cellId}`, role: 'officer', orgId: cellId },
    occurredOn: date((member % 700) + step * 30),
    reason: step === 0 ? 'Đoàn thanh niên giới thiệu' : `Bước ${step + 1} của quy trình kết nạp`,
    documentRef: `${100 + ((member + step) % 800)}-QĐ/ĐU`,
    policyVersion: '2021-qd-24',
  };
}

function memberEvent(member: number, step: number, cellId: string): EventToAppend {
  const type = PATH[step];
  const data: Record<string, unknown> =
    step === 0
      ? {
          person: {
            fullName: `${FAMILY[member % FAMILY.length]} ${MIDDLE[member % MIDDLE.length]} ${GIVEN[member % GIVEN.length]}`,
            gender: member % 2 === 0 ? 'male' : 'female',
            dateOfBirth: date(-9_000 + (member % 3_000)),
            ethnicity: member % 9 === 0 ? 'tay' : 'kinh',
            citizenId: `0382${String(member).padStart(8, '0')}`,
            hometown: 'Thanh Hóa',
            residence: `Thôn ${member % 20}, xã ${cellId}`,
            education: 'upper_secondary',
          },
          cellId,
          proposedBy: 'youth_union',
        }
      : {
          cellId,
          step: type,
          note: `Chi bộ ${cellId} ghi nhận`,
          votes: { for: 9, against: member % 3 },
        };
  return {
    eventId: uuid('event', member, step),
    type,
    schemaVersion: 1,
    data,
    metadata: metadata(member, step, cellId),
  };
}

/** Writes the province into `store` (meant to be opened with `synchronous: 'OFF'` for speed). */
export async function buildSyntheticProvince(
  store: SqliteEventStore,
  members: number,
): Promise<SyntheticProvince> {
  const cells = Math.max(1, Math.ceil(members / 30));
  let events = 0;
  for (let c = 0; c < cells; c += 1) {
    const cellId = `chi-bo-${c}`;
    await store.append(
      `org-${cellId}`,
      [
        {
          eventId: uuid('org', c),
          type: 'OrgEstablished',
          schemaVersion: 1,
          data: { id: cellId, kind: 'cell', name: `Chi bộ thôn ${c}`, code: `C${c}` },
          metadata: metadata(-1, 0, cellId),
        },
      ],
      'no_stream',
    );
    events += 1;
  }
  const lengths = Array.from({ length: members }, (_, m) => 8 + ((m * 7) % 5));
  for (let from = 0; from < PATH.length; from += 3) {
    for (let m = 0; m < members; m += 1) {
      const count = Math.min(3, lengths[m] - from);
      if (count <= 0) continue;
      const cellId = `chi-bo-${m % cells}`;
      const batch = Array.from({ length: count }, (_, i) => memberEvent(m, from + i, cellId));
      await store.append(`member-${uuid('member', m)}`, batch, from === 0 ? 'no_stream' : from - 1);
      events += count;
    }
  }
  return { members, cells, events, streams: members + cells };
}
