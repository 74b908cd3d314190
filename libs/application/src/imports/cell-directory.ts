import { Inject, Injectable } from '@nestjs/common';
import { CELL_KINDS } from '@memberflow/domain';
import type { EventStore } from '@memberflow/event-store';
import { WHOLE_DEPLOYMENT, type Principal } from '../auth/principal';
import { ORG_AGGREGATE } from '../commands/aggregates';
import { ProjectionService } from '../projections/projection.service';
import { foldKey } from '../spreadsheets/cell-vocabulary';
import { EVENT_STORE } from '../store/event-store.provider';
import type { RowReason } from './roster-rows';

/** What a roster's "Mã chi bộ" names: a cell's id, or why it names none. */
export type CellLookup =
  | { readonly kind: 'found'; readonly id: string }
  | { readonly kind: 'refused'; readonly reason: RowReason };

interface CellRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly status: string;
}

const UNIT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * The cells an import may name, looked up the ways officers write them: the unit's id, its code, or
 * its name (accents and case aside), among the cells of the caller's scope in the organization tree's
 * read model. A code or name two cells share is refused naming both; a reference the read model does
 * not know goes to the command path as an id when its stream exists (the read model may lag, the
 * command path decides on the store and says whether it is a cell, active, in scope).
 */
@Injectable()
export class CellDirectory {
  constructor(
    private readonly projections: ProjectionService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** A lookup for one import: the scope's cells are read once, at the first reference. */
  forScope(principal: Principal): { resolve(reference: string): Promise<CellLookup> } {
    let cells: Promise<Map<string, CellRow[]>> | undefined;
    const known = new Map<string, Promise<CellLookup>>();
    return {
      resolve: (reference) => {
        let lookup = known.get(reference);
        if (!lookup) {
          cells ??= this.cellsOf(principal);
          lookup = cells.then((index) => this.lookup(reference, index));
          known.set(reference, lookup);
        }
        return lookup;
      },
    };
  }

  private async lookup(reference: string, index: Map<string, CellRow[]>): Promise<CellLookup> {
    const matches = index.get(reference) ?? index.get(`key:${foldKey(reference)}`) ?? [];
    const active = matches.filter((cell) => cell.status === 'active');
    const candidates = active.length > 0 ? active : matches;
    if (candidates.length === 1) return { kind: 'found', id: candidates[0].id };
    if (candidates.length > 1) {
      const ids = candidates.map((cell) => `${cell.id} (${cell.name})`).join(', ');
      return refused(
        'ambiguous_cell',
        `"${reference}" là mã hoặc tên của ${candidates.length} chi bộ: ${ids}; hãy ghi mã định danh của chi bộ`,
        `"${reference}" is the code or name of ${candidates.length} cells: ${ids}; write the cell's id`,
      );
    }
    if (UNIT_ID.test(reference)) {
      const revision = await this.store.streamRevision(ORG_AGGREGATE.streamId(reference));
      if (revision !== undefined) return { kind: 'found', id: reference };
    }
    return refused(
      'unknown_cell',
      `không có chi bộ nào có mã, mã định danh hoặc tên "${reference}" trong phạm vi của bạn`,
      `no cell has the code, id or name "${reference}" within your scope`,
    );
  }

  /** The cells under the principal's scope, by id and by folded code and name. */
  private async cellsOf(principal: Principal): Promise<Map<string, CellRow[]>> {
    const index = new Map<string, CellRow[]>();
    const add = (key: string, cell: CellRow) => {
      const list = index.get(key) ?? [];
      if (!list.some((each) => each.id === cell.id)) list.push(cell);
      index.set(key, list);
    };
    let rows: CellRow[];
    try {
      const t = await this.projections.orgs.tables();
      const scope =
        principal.orgScope === WHOLE_DEPLOYMENT
          ? undefined
          : await this.projections.orgs.unit(principal.orgScope);
      if (principal.orgScope !== WHOLE_DEPLOYMENT && scope === undefined) return index;
      const kinds = CELL_KINDS.map(() => '?').join(', ');
      rows = await this.projections.db.query<CellRow>(
        `SELECT id, code, name, status FROM ${t.org_unit} WHERE kind IN (${kinds})` +
          (scope ? ' AND path >= ? AND path < ?' : ''),
        [...CELL_KINDS, ...(scope ? [scope.path, `${scope.path.slice(0, -1)}0`] : [])],
      );
    } catch {
      return index; // the read model is not there yet: references go to the command path as ids
    }
    for (const cell of rows) {
      add(cell.id, cell);
      add(`key:${foldKey(cell.code)}`, cell);
      add(`key:${foldKey(cell.name)}`, cell);
    }
    return index;
  }
}

function refused(code: string, vi: string, en: string): CellLookup {
  return {
    kind: 'refused',
    reason: {
      code,
      column: 'Mã chi bộ',
      message: { vi: `Mã chi bộ: ${vi}`, en: `Cell: ${en}` },
    },
  };
}
