import { addDays, todayInVietnam, type DomainEvent, type LocalDate } from '@memberflow/domain';
import type { MemberEvent } from '@memberflow/domain/member';
import {
  PROJECTIONS,
  ProjectionRunner,
  ServingTables,
  StatisticsQueries,
  type StatisticsReport,
} from '@memberflow/projections';
import { person } from '../support/fixtures';
import { storedPerson } from '../support/member-stages';
import { describeOnEachDatabase, type Databases } from './support/databases';
import { appendEvents, established } from './support/events';
import { plain, statisticsFromLog, type OracleReport } from './support/statistics-oracle';

/**
 * The village-leadership figures (issue 18) against the oracle: a small province written event by event
 * with villages (served, moved, merged, dissolved), members living in them, heading them, holding cell
 * and committee seats, dying and leaving, a cell dissolved and a district merged in 2025; the read
 * models must answer as the event log does, today from the counters and on every date from history.
 */

/** A small deterministic random (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Written {
  readonly communes: readonly string[];
  readonly dates: readonly LocalDate[];
}

const unit = (
  occurredOn: LocalDate,
  kind: string,
  parentId: string | undefined,
  attributes: object,
): DomainEvent => {
  const event = established(occurredOn, kind, parentId);
  return { ...event, data: { ...(event.data as object), attributes } };
};

const village = (occurredOn: LocalDate, communeId: string, cellId?: string): DomainEvent => ({
  type: 'VillageEstablished',
  occurredOn,
  data: { communeId, kind: 'village', name: 'Thôn', ...(cellId ? { cellId } : {}) },
});

async function writeLeadershipProvince(store: Databases['store']): Promise<Written> {
  const next = random(18);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const write = (stream: string, ...events: DomainEvent[]) => appendEvents(store, stream, events);

  // The tree: a province, two districts, four communes with two residential cells and a school's
  // cell each, and a ward that is a residential grassroots cell.
  await write('org-p', unit('2019-01-10', 'province', undefined, { area: 'urban' }));
  await write('org-d1', unit('2019-01-10', 'direct_committee', 'p', { area: 'rural' }));
  await write('org-d2', unit('2019-01-10', 'direct_committee', 'p', { area: 'border' }));
  const communes = ['c1', 'c2', 'c3', 'c4'];
  for (const [index, c] of communes.entries()) {
    const area = index < 2 ? 'rural' : 'border';
    await write(
      `org-${c}`,
      unit('2019-01-10', 'grassroots_committee', index < 2 ? 'd1' : 'd2', { area }),
    );
    for (const r of ['r1', 'r2'])
      await write(`org-${c}-${r}`, unit('2019-01-11', 'cell', c, { area, residential: true }));
    await write(`org-${c}-s`, unit('2019-01-11', 'cell', c, { area }));
  }
  await write(
    'org-w',
    unit('2019-01-11', 'grassroots_cell', 'd2', { area: 'urban', residential: true }),
  );

  // Villages: two served by the commune's residential cells, one without a cell; the ward's one.
  const villages: string[] = [];
  for (const c of communes) {
    for (const [index, cell] of [`${c}-r1`, `${c}-r2`, undefined].entries()) {
      const id = `${c}-v${index + 1}`;
      villages.push(id);
      await write(`village-${id}`, village('2019-02-01', c, cell));
    }
  }
  villages.push('w-v1');
  await write('village-w-v1', village('2019-02-01', 'w', 'w'));
  const cells = [...communes.flatMap((c) => [`${c}-r1`, `${c}-r2`, `${c}-s`]), 'w'];

  // Members, imported official or probationary, some admitted in 2021 (for the breakdowns).
  const members: { id: string; cellId: string; events: MemberEvent[] }[] = [];
  for (let i = 0; i < 72; i += 1) {
    // No one is in the cell to be dissolved: its members would have moved before.
    const cellId = pick(cells.filter((cell) => cell !== 'c3-r2'));
    const admitted2021 = i % 9 === 0;
    const who = storedPerson(
      person(`0380${String(900000 + i).padStart(8, '0')}`, {
        fullName: `Người Thứ ${i}`,
        gender: i % 3 === 0 ? 'female' : 'male',
        ethnicity: i % 4 === 0 ? 'thai' : 'kinh',
        dateOfBirth: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        youthUnionMember: i % 5 === 0,
      }),
    );
    const registered: MemberEvent = admitted2021
      ? {
          type: 'MemberRegistered',
          occurredOn: '2021-06-20',
          data: {
            person: who,
            cellId,
            stage: 'probationary',
            admissionDecisionDate: '2021-06-01',
            ceremonyDate: '2021-06-15',
            probationEndsOn: '2022-06-15',
          },
        }
      : {
          type: 'MemberRegistered',
          occurredOn: '2019-03-01',
          data: {
            person: who,
            cellId,
            stage: 'official',
            admissionDecisionDate: '2005-03-01',
            ceremonyDate: '2005-03-20',
            officialSince: '2006-03-20',
          },
        };
    members.push({ id: `m${i}`, cellId, events: [registered] });
  }
  const add = (member: (typeof members)[number], event: MemberEvent) => member.events.push(event);
  const position = (
    on: LocalDate,
    data: Record<string, unknown>,
    type: 'PositionAssigned' | 'PositionEnded' = 'PositionAssigned',
  ) => ({ type, occurredOn: on, data }) as unknown as MemberEvent;

  const early = members.filter((m) => m.events[0].occurredOn === '2019-03-01');
  for (const [index, member] of early.entries()) {
    // Where they live: most in a village, a few recorded twice.
    if (index % 7 !== 6) {
      add(member, {
        type: 'ResidenceVillageRecorded',
        occurredOn: '2019-04-01',
        data: { villageId: pick(villages) },
      });
    }
    if (index % 11 === 3) {
      add(member, {
        type: 'ResidenceVillageRecorded',
        occurredOn: '2020-06-01',
        data: { villageId: pick(villages) },
      });
    }
  }
  // Heads of most villages; a third of them secretaries of a residential cell as well.
  const heads = early.slice(0, villages.length - 2);
  for (const [index, member] of heads.entries()) {
    add(member, position('2019-05-01', { position: 'village_head', villageId: villages[index] }));
    if (index % 3 === 0) {
      const cell = member.cellId;
      add(
        member,
        position('2019-05-02', {
          position: 'cell_secretary',
          unitId: cell,
          level: cell === 'w' ? 'grassroots' : 'cell',
          residential: cell.includes('-r') || cell === 'w',
        }),
      );
    }
  }
  // Committee seats: of communes, of the districts, of the province.
  for (const [index, member] of early.slice(villages.length - 2, villages.length + 14).entries()) {
    const [unitId, level] =
      index < 8
        ? [communes[index % 4], 'grassroots']
        : index < 14
          ? [`d${1 + (index % 2)}`, 'direct']
          : ['p', 'province'];
    add(member, position('2019-06-01', { position: 'committee_member', unitId, level }));
  }
  // Heads who leave their post, die or leave the party.
  add(
    heads[1],
    position('2020-06-01', { position: 'village_head', villageId: villages[1] }, 'PositionEnded'),
  );
  add(heads[2], { type: 'DeathRecorded', occurredOn: '2021-07-01', data: {} });
  add(heads[4], {
    type: 'NameRemoved',
    occurredOn: '2021-07-02',
    data: { decisionNo: '9-QĐ/HU', decidingUnitId: 'd1', ground: 'absent_or_dues_unpaid' },
  });
  // The district committee members of d1 step down when it is merged (below).
  for (const member of early) {
    const seat = member.events.find(
      (e) => e.type === 'PositionAssigned' && (e.data as { unitId?: string }).unitId === 'd1',
    );
    if (seat) add(member, position('2025-06-30', { ...(seat.data as object) }, 'PositionEnded'));
  }
  // The secretary of a cell to be dissolved leaves the post first.
  for (const member of early) {
    const seat = member.events.find(
      (e) => e.type === 'PositionAssigned' && (e.data as { unitId?: string }).unitId === 'c3-r2',
    );
    if (seat) add(member, position('2021-04-30', { ...(seat.data as object) }, 'PositionEnded'));
  }
  // Ratings of 2021, entered in January 2022: counted in 2021's reports.
  for (const member of early.slice(0, 20)) {
    add(member, {
      type: 'RatingRecorded',
      occurredOn: '2022-01-15',
      data: { year: 2021, grade: pick(['excellent', 'good', 'good', 'complete']), warnings: [] },
    });
  }

  // Member streams are written in the order of their dates, interleaved with the villages' changes.
  const changes: [LocalDate, () => Promise<void>][] = [
    [
      '2020-09-01',
      () =>
        write('village-c1-v3', {
          type: 'VillageMerged',
          occurredOn: '2020-09-01',
          data: { targetId: 'c1-v1' },
        }),
    ],
    [
      '2021-03-01',
      () =>
        write('village-c2-v3', {
          type: 'VillageMoved',
          occurredOn: '2021-03-01',
          data: { communeId: 'c1', previousCommuneId: 'c2' },
        }),
    ],
    [
      '2021-05-01',
      () => write('org-c3-r2', { type: 'OrgUnitDissolved', occurredOn: '2021-05-01', data: {} }),
    ],
    [
      '2022-01-10',
      () =>
        write('village-c4-v3', { type: 'VillageDissolved', occurredOn: '2022-01-10', data: {} }),
    ],
    [
      '2022-01-20',
      () =>
        write('org-c1', {
          type: 'OrgRatingRecorded',
          occurredOn: '2022-01-20',
          data: { year: 2021, grade: 'excellent', decisionNo: '1-QĐ/HU' },
        }),
    ],
    [
      '2022-01-21',
      () =>
        write('org-c3', {
          type: 'OrgRatingRecorded',
          occurredOn: '2022-01-21',
          data: { year: 2021, grade: 'good', decisionNo: '2-QĐ/HU' },
        }),
    ],
    [
      '2023-02-01',
      () =>
        write('village-c2-v1', {
          type: 'VillageCellReleased',
          occurredOn: '2023-02-01',
          data: { previousCellId: 'c2-r1' },
        }),
    ],
    [
      '2025-07-01',
      () =>
        write('org-d1', {
          type: 'OrgUnitMerged',
          occurredOn: '2025-07-01',
          data: { targetId: 'p' },
        }),
    ],
  ];
  const steps: [LocalDate, () => Promise<void>][] = [...changes];
  for (const member of members) {
    for (const event of member.events)
      steps.push([event.occurredOn, () => appendEvents(store, `member-${member.id}`, [event])]);
  }
  // Stable by date: each member's events keep their order.
  steps.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, step] of steps) await step();
  return {
    communes,
    dates: ['2019-06-30', '2020-12-31', '2021-06-30', '2021-12-31', '2023-12-31', '2025-07-01'],
  };
}

function asOracle(report: StatisticsReport | undefined): OracleReport {
  if (!report) throw new Error('no report');
  return {
    total: plain(report.total),
    children: Object.fromEntries(report.children.map((child) => [child.unitId, plain(child)])),
  };
}

describeOnEachDatabase('village leadership in the statistics', (open) => {
  const today = todayInVietnam();
  let dbs: Databases;
  let written: Written;
  let runner: ProjectionRunner;
  let statistics: StatisticsQueries;

  beforeAll(async () => {
    dbs = await open();
    written = await writeLeadershipProvince(dbs.store);
    runner = new ProjectionRunner(dbs.store, dbs.db, PROJECTIONS, { tickMs: 50 });
    runner.start();
    await runner.waitUntilCaughtUp(60_000);
    statistics = new StatisticsQueries(dbs.db, new ServingTables(dbs.db));
  }, 120_000);

  afterAll(async () => {
    await runner?.stop();
    await dbs?.destroy();
  });

  it('counts today from the rolled-up counters as the event log does', async () => {
    for (const unitId of ['p', 'd2', 'c1', 'c3']) {
      const report = await statistics.current(unitId, today);
      expect({ unitId, ...asOracle(report) }).toEqual({
        unitId,
        ...(await statisticsFromLog(dbs.store, unitId, today)),
      });
    }
    const province = await statistics.current('p', today);
    expect(province?.total.leadership.villages).toBeGreaterThan(8);
    expect(province?.total.leadership.villageHeadsWhoAreMembers).toBeGreaterThan(5);
    expect(province?.total.leadership.cellSecretariesWhoAreVillageHeads).toBeGreaterThan(1);
  });

  it('counts on every date with the tree, the villages and the roles of that date', async () => {
    for (const on of [...written.dates, addDays(today, -1)]) {
      for (const unitId of ['p', 'd1', 'd2', 'c1', 'c3']) {
        const report = await statistics.asOf(unitId, on);
        expect({ unitId, on, ...asOracle(report) }).toEqual({
          unitId,
          on,
          ...(await statisticsFromLog(dbs.store, unitId, on)),
        });
      }
    }
  });

  it('counts ratings of 2021 entered in 2022 in the figures of 2021, not of 2022', async () => {
    const [of2021, of2022] = await Promise.all([
      statistics.asOf('p', '2021-12-31'),
      statistics.asOf('p', '2022-12-31'),
    ]);
    const sum = (flows: Record<string, number>, prefix: string) =>
      Object.entries(flows)
        .filter(([name]) => name.startsWith(prefix))
        .reduce((total, [, n]) => total + n, 0);
    expect(sum(of2021?.total.flows ?? {}, 'rating.')).toBe(20);
    expect(of2021?.total.flows['orgRating.excellent']).toBe(1);
    expect(of2021?.total.flows['orgRating.good']).toBe(1);
    expect(sum(of2022?.total.flows ?? {}, 'rating.')).toBe(0);
    expect(sum(of2022?.total.flows ?? {}, 'orgRating.')).toBe(0);
  });

  it('gives the same figures from history as from the roll-up for today', async () => {
    const [history, precomputed] = await Promise.all([
      statistics.asOf('p', today),
      statistics.current('p', today),
    ]);
    expect(asOracle(history)).toEqual(asOracle(precomputed));
  });
});
