/** The part of unzipper (a dependency of exceljs, which reads workbooks with it) that imports use. */
declare module 'unzipper' {
  import type { Duplex, Readable } from 'node:stream';

  export interface Entry extends Readable {
    readonly path: string;
    readonly type: 'File' | 'Directory';
    autodrain(): { promise(): Promise<void> };
  }

  /** A stream of a zip file's entries in the order they are stored (local headers, as exceljs reads). */
  export function Parse(options?: { forceStream?: boolean }): Duplex & AsyncIterable<Entry>;
}
