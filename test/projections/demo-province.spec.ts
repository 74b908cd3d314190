import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInVietnam, type LocalDate } from '@memberflow/domain';
import { openSqliteEventStore } from '@memberflow/event-store';
import {
  provinceScript,
  REORGANIZED_ON,
  REPORT,
  type ProvinceCommand,
} from '../../apps/cli/src/commands/demo-province';
import { DomainCommands } from './support/domain-commands';
import { statisticsFromLog } from './support/statistics-oracle';

/** A share as the statistics give it: a percentage with two decimals. */
const percent = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

interface Tally {
  units: Record<string, number>;
  members: number;
  probationary: number;
  women: number;
  minority: number;
  admitted: number;
  plan: number | undefined;
  villages: number;
  villagesWithCell: number;
  villageHeadsWhoAreMembers: number;
  residentialCells: number;
  cellSecretariesWhoAreVillageHeads: number;
  /** Of the residential cells' secretaries and the villages' heads. */
  positions: Record<string, number>;
  villageHeadsWhoAreMembersPercent: number;
  cellSecretariesWhoAreVillageHeadsPercent: number;
}

/**
 * The report's figures on a date, counted from the script's commands alone (not from the builder's
 * bookkeeping, not by running them): the units established and not yet ended, the members by the
 * dates of their registration, ceremony, recognition and exit, the admissions decided in the year, the
 * province's plan, the villages and the positions held by members on the date.
 */
function tally(commands: readonly ProvinceCommand[], rootId: string, on: LocalDate): Tally {
  const units = new Map<string, { kind: string; residential: boolean; active: boolean }>();
  const people = new Map<
    string,
    { stage: 'member' | 'official' | 'other'; female: boolean; minority: boolean; left: boolean }
  >();
  const positions = new Map<string, { position: string; unitId?: string; villageId?: string }[]>();
  const villages = new Map<string, { cellId?: string }>();
  let admitted = 0;
  let plan: number | undefined;
  const year = Number(on.slice(0, 4));
  for (const demo of commands) {
    if (demo.command.occurredOn > on) break;
    if (demo.aggregate === 'org') {
      const { command } = demo;
      if (command.action === 'establish')
        units.set(command.orgId, {
          kind: command.payload.kind,
          residential: command.payload.attributes.residential === true,
          active: true,
        });
      if (command.action === 'merge-into' || command.action === 'dissolve')
        (units.get(command.orgId) as { active: boolean }).active = false;
    } else if (demo.aggregate === 'village') {
      const { command } = demo;
      if (command.action === 'establish')
        villages.set(command.villageId, { cellId: command.payload.cellId });
    } else if (demo.aggregate === 'plan') {
      const { command } = demo;
      if (command.orgId === rootId && command.year === year) plan = command.payload.target;
    } else {
      const { command } = demo;
      const id = command.memberId;
      const person = people.get(id);
      switch (command.action) {
        case 'register-existing':
        case 'source-candidate': {
          const { gender, ethnicity } = command.payload.person;
          const registered = command.action === 'register-existing' ? command.payload : undefined;
          people.set(id, {
            stage: registered?.recognitionDate
              ? 'official'
              : registered?.ceremonyDate
                ? 'member'
                : 'other',
            female: gender === 'female',
            minority: ethnicity !== 'kinh',
            left: false,
          });
          if (registered?.admissionDecisionDate?.startsWith(`${year}-`)) admitted += 1;
          break;
        }
        case 'decide-admission':
          if (command.occurredOn.startsWith(`${year}-`)) admitted += 1;
          break;
        case 'hold-ceremony':
          if (person) person.stage = 'member';
          break;
        case 'recognize-official':
          if (person) person.stage = 'official';
          break;
        case 'record-death':
        case 'remove-name':
        case 'accept-withdrawal':
        case 'refuse-recognition':
          if (person) person.left = true;
          break;
        case 'assign-position':
          positions.set(id, [...(positions.get(id) ?? []), command.payload]);
          break;
        case 'end-position':
          positions.set(
            id,
            (positions.get(id) ?? []).filter(
              (p) =>
                p.position !== command.payload.position ||
                p.unitId !== command.payload.unitId ||
                p.villageId !== command.payload.villageId,
            ),
          );
          break;
        default:
          break;
      }
    }
  }
  const isMember = (id: string) => {
    const person = people.get(id);
    return !!person && !person.left && person.stage !== 'other';
  };
  const count: Record<string, number> = {};
  for (const [id, unit] of units)
    if (unit.active && id !== rootId) count[unit.kind] = (count[unit.kind] ?? 0) + 1;
  const members = [...people.entries()].filter(([id]) => isMember(id)).map(([, p]) => p);
  const heads = new Set<string>();
  let secretaryHeads = 0;
  const held: Record<string, number> = {};
  for (const [id, list] of positions) {
    if (!isMember(id)) continue;
    for (const p of list) held[p.position] = (held[p.position] ?? 0) + 1;
    const heading = list.filter((p) => p.position === 'village_head');
    for (const p of heading) heads.add(p.villageId as string);
    if (heading.length > 0)
      secretaryHeads += list.filter(
        (p) => p.position === 'cell_secretary' && units.get(p.unitId as string)?.residential,
      ).length;
  }
  const residentialCells = [...units.values()].filter(
    (u) => u.active && u.residential && (u.kind === 'cell' || u.kind === 'grassroots_cell'),
  ).length;
  return {
    units: count,
    members: members.length,
    probationary: members.filter((p) => p.stage === 'member').length,
    women: members.filter((p) => p.female).length,
    minority: members.filter((p) => p.minority).length,
    admitted,
    plan,
    villages: villages.size,
    villagesWithCell: [...villages.values()].filter((v) => v.cellId !== undefined).length,
    villageHeadsWhoAreMembers: heads.size,
    residentialCells,
    cellSecretariesWhoAreVillageHeads: secretaryHeads,
    positions: held,
    villageHeadsWhoAreMembersPercent: percent(heads.size, villages.size),
    cellSecretariesWhoAreVillageHeadsPercent: percent(secretaryHeads, residentialCells),
  };
}

describe('demo province script', () => {
  const today = todayInVietnam();

  it('builds the report’s province on 31/12/2021 at the default size (counted from the script)', () => {
    const script = provinceScript({ members: REPORT.members, seed: 1, today }, (c) => `m${c}`);
    expect(script.reportDate).toBe(REPORT.date);
    expect(script.calibrated).toBe(true);
    const figures = tally(script.commands, script.rootId, REPORT.date);
    expect(figures).toEqual({
      units: {
        direct_committee: 12,
        grassroots_committee: 185,
        grassroots_cell: 341,
        partial_committee: 3,
        cell: 1_908,
      },
      members: 30_044,
      probationary: 1_393,
      women: 10_182,
      minority: 15_984,
      admitted: 1_022,
      plan: 1_000,
      villages: 1_700,
      villagesWithCell: 1_494,
      villageHeadsWhoAreMembers: 1_220,
      residentialCells: 1_494,
      cellSecretariesWhoAreVillageHeads: 300,
      // A secretary for each cell with a member who stays; 1.220 village heads.
      positions: { cell_secretary: expect.any(Number), village_head: 1_220 },
      villageHeadsWhoAreMembersPercent: 71.76,
      cellSecretariesWhoAreVillageHeadsPercent: 20.08,
    });
    expect(figures.positions.cell_secretary).toBeGreaterThan(2_000);
    // 102 % of the plan.
    expect(percent(figures.admitted, figures.plan as number)).toBe(102.2);
    // What the builder counted agrees with the commands.
    const { expected } = script;
    expect({ ...expected, date: undefined, year: undefined }).toEqual({
      ...figures,
      date: undefined,
      year: undefined,
      positions: undefined,
      villageHeadsWhoAreMembersPercent: undefined,
      cellSecretariesWhoAreVillageHeadsPercent: undefined,
    });
  }, 60_000);

  it('goes on to today through the 2025 reorganization (QĐ 294): communes directly under the province', () => {
    const script = provinceScript({ members: 3_000, seed: 2, today }, (c) => `m${c}`);
    expect(script.reorganizedOn).toBe(REORGANIZED_ON);
    const before = tally(script.commands, script.rootId, '2025-06-30');
    const after = tally(script.commands, script.rootId, REORGANIZED_ON);
    const communes = script.commands.filter(
      (c) =>
        c.aggregate === 'org' &&
        c.command.action === 'establish' &&
        c.command.payload.attributes.level === 'commune',
    );
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((c) => c.command.occurredOn === REORGANIZED_ON)).toBe(true);
    // The districts merged away, the old communes ended: the commune committees are the direct ones.
    expect(after.units.direct_committee).toBe(communes.length);
    expect(after.units.grassroots_committee ?? 0).toBeLessThan(before.units.grassroots_committee);
    // Cells, grassroots cells, villages and members go on.
    expect(after.units.cell).toBe(before.units.cell);
    expect(after.units.grassroots_cell).toBe(before.units.grassroots_cell);
    expect(after.villages).toBe(before.villages);
    const moved = script.commands.filter(
      (c) => c.aggregate === 'village' && c.command.action === 'move',
    );
    expect(moved).toHaveLength(after.villages);
    // The report's date, counted again from the whole script, is the 2021 province.
    expect(tally(script.commands, script.rootId, REPORT.date)).toEqual(
      tally(
        script.commands.filter((c) => c.command.occurredOn <= REPORT.date),
        script.rootId,
        REPORT.date,
      ),
    );
    expect(tally(script.commands, script.rootId, REPORT.date).units.direct_committee).toBe(
      Math.max(2, Math.round(12 * Math.sqrt(3_000 / REPORT.members))),
    );
  }, 60_000);

  it('scales the province down in proportion, and the same seed builds the same script', () => {
    for (const members of [1_500, 3_000]) {
      const scale = members / REPORT.members;
      const script = provinceScript({ members, seed: 4, today }, (c) => `m${c}`);
      const figures = tally(script.commands, script.rootId, REPORT.date);
      const near = (actual: number, reference: number) =>
        expect(Math.abs(actual - reference * scale)).toBeLessThanOrEqual(
          Math.max(2, reference * scale * 0.05),
        );
      near(figures.members, REPORT.members);
      near(figures.probationary, REPORT.probationary);
      near(figures.women, REPORT.women);
      near(figures.minority, REPORT.minority);
      near(figures.admitted, REPORT.admitted);
      near(figures.plan ?? 0, REPORT.plan);
      near(figures.units.cell, REPORT.cells);
      near(figures.units.grassroots_cell, REPORT.grassrootsCells);
      near(figures.villages, REPORT.villages);
      near(figures.residentialCells, REPORT.residentialCells);
      expect(Math.abs(figures.villageHeadsWhoAreMembersPercent - 71.76)).toBeLessThan(3);
      expect(Math.abs(figures.cellSecretariesWhoAreVillageHeadsPercent - 20.08)).toBeLessThan(3);
    }
    const again = () =>
      JSON.stringify(provinceScript({ members: 300, seed: 6, today }, (c) => `m${c}`).commands);
    expect(again()).toBe(again());
  }, 60_000);

  it('is accepted by the deciders command after command, and counted as the event log counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memberflow-demo-'));
    try {
      for (const [members, seed, years] of [
        [400, 7, undefined],
        [40, 8, 5],
        [1_500, 9, 3],
      ]) {
        const store = await openSqliteEventStore({
          file: join(dir, `events-${seed}.db`),
          synchronous: 'OFF',
        });
        try {
          const script = provinceScript(
            { members: members as number, years, seed: seed as number, today },
            (citizenId) => `m${citizenId}`,
          );
          const commands = new DomainCommands(store);
          for (const command of script.commands) await commands.run(command);
          expect(Number(await store.headPosition())).toBe(script.commands.length);
          expect(script.reorganized.length).toBeGreaterThan(0);
          expect(script.candidates).toBeGreaterThan(0);
          // The script's count of its report's date is the event log's.
          const figures = tally(script.commands, script.rootId, script.reportDate);
          const oracle = (await statisticsFromLog(store, script.rootId, script.reportDate)).total;
          const byKind = Object.fromEntries(
            Object.entries(oracle.units).filter(([kind]) => kind !== 'province'),
          );
          expect({
            units: byKind,
            members: oracle.members.total,
            probationary: oracle.people.probationary ?? 0,
            women: oracle.members.byDimension.gender?.female ?? 0,
            minority: oracle.members.byDimension.ethnicity?.minority ?? 0,
            admitted: oracle.flows.admitted ?? 0,
            villages: oracle.leadership.villages,
            villagesWithCell: oracle.leadership.villagesWithCell,
            villageHeadsWhoAreMembers: oracle.leadership.villageHeadsWhoAreMembers,
            residentialCells: oracle.leadership.residentialCells,
            cellSecretariesWhoAreVillageHeads: oracle.leadership.cellSecretariesWhoAreVillageHeads,
          }).toEqual({
            units: figures.units,
            members: figures.members,
            probationary: figures.probationary,
            women: figures.women,
            minority: figures.minority,
            admitted: figures.admitted,
            villages: figures.villages,
            villagesWithCell: figures.villagesWithCell,
            villageHeadsWhoAreMembers: figures.villageHeadsWhoAreMembers,
            residentialCells: figures.residentialCells,
            cellSecretariesWhoAreVillageHeads: figures.cellSecretariesWhoAreVillageHeads,
          });
        } finally {
          await store.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
