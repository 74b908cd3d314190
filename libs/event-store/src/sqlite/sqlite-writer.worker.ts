/**
 * The SQLite writer thread (ADR 0007): its own connection to the store's file, writing the groups the
 * store sends it, one at a time, and answering each with its outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteConnection, sqliteStoreError } from './sqlite-connection';
import { SqliteGroupWriter } from './sqlite-group-writer';
import {
  toWireError,
  toWirePlannedAppend,
  type FromWriter,
  type ToWriter,
  type WriterThreadData,
} from './sqlite-writer-protocol';

const port = parentPort;
if (port === null) throw new Error('sqlite-writer.worker runs in a worker thread');
const { connection } = workerData as WriterThreadData;
const db = openSqliteConnection(connection);
const writer = new SqliteGroupWriter(db, (error) => sqliteStoreError(connection.file, error));

port.on('message', (message: ToWriter) => {
  if (message.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: FromWriter;
  try {
    reply = { id: message.id, appends: writer.write(message.group).map(toWirePlannedAppend) };
  } catch (error) {
    reply = { id: message.id, failure: toWireError(error) };
  }
  port.postMessage(reply);
});
