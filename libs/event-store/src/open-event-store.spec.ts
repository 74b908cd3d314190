import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreUrlError, openEventStore, parseEventStoreUrl } from './open-event-store';

describe('parseEventStoreUrl', () => {
  it.each([
    ['sqlite:./data/events.db', './data/events.db'],
    ['sqlite:/var/lib/memberflow/events.db', '/var/lib/memberflow/events.db'],
    ['sqlite:///var/lib/memberflow/events.db', '/var/lib/memberflow/events.db'],
    ['./data/events.db', './data/events.db'],
    ['data/events.db', 'data/events.db'],
    ['/tmp/events.db', '/tmp/events.db'],
  ])('reads %s as the SQLite file %s', (url, file) => {
    expect(parseEventStoreUrl(url)).toEqual({ kind: 'sqlite', file });
  });

  it.each([
    'postgres://postgres@127.0.0.1:5432/test',
    'postgresql://u:p@db.example:6432/memberflow',
  ])('reads %s as PostgreSQL', (url) => {
    expect(parseEventStoreUrl(url)).toEqual({ kind: 'postgres', url });
  });

  it('reads esdb:// as EventStoreDB', () => {
    expect(parseEventStoreUrl('esdb://localhost:2113?tls=false')).toMatchObject({ kind: 'esdb' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['sqlite:', 'no file path'],
    ['mysql://root@localhost/test', 'unknown scheme "mysql:"'],
    ['postgres://', 'not a valid PostgreSQL URL'],
  ])('refuses %j: %s', (url, reason) => {
    expect(() => parseEventStoreUrl(url)).toThrow(EventStoreUrlError);
    expect(() => parseEventStoreUrl(url)).toThrow(reason);
  });

  it('lists the accepted forms when it refuses a URL', () => {
    expect(() => parseEventStoreUrl('redis://localhost')).toThrow(
      'expected sqlite:<path> (or a bare file path), postgres://user@host:port/database or esdb://host:port',
    );
  });

  it('does not repeat a password in its message', () => {
    expect(() => parseEventStoreUrl('mysql://root:s3cret@localhost/test')).toThrow(
      '"mysql://root:***@localhost/test"',
    );
  });
});

describe('openEventStore', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memberflow-open-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a sqlite: URL', (file: string) => `sqlite:${file}`],
    ['a bare path', (file: string) => file],
  ])('opens a SQLite store from %s, creating its directory', async (_form, url) => {
    const file = join(dir, 'data', 'events.db');
    const store = await openEventStore(url(file));
    await expect(store.headPosition()).resolves.toBe(0n);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });

  it('says the EventStoreDB adapter is not yet available', async () => {
    await expect(openEventStore('esdb://localhost:2113')).rejects.toThrow(
      'the EventStoreDB adapter is not yet available',
    );
  });
});
