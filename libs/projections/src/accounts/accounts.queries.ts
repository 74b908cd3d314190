import type { ReadDb } from '../read-db/read-db';
import type { ServingTables } from '../runner/serving-tables';
import { accountsProjection, toAccountRow, type AccountRow } from './accounts.projection';

/** Reads the accounts read model. */
export class AccountsQueries {
  constructor(
    private readonly db: ReadDb,
    private readonly serving: ServingTables,
  ) {}

  /**
   * Every account, by username. A deployment has as many accounts as it has people at work (hundreds
   * to tens of thousands): the caller filters them by the tree and pages them.
   */
  async all(): Promise<AccountRow[]> {
    const t = await this.serving.of(accountsProjection);
    const rows = await this.db.query<Parameters<typeof toAccountRow>[0]>(
      `SELECT * FROM ${t.account} ORDER BY username`,
    );
    return rows.map(toAccountRow);
  }
}
