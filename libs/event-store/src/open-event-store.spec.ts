import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from './event-store.port';
import { isMigrationTarget } from './migration/migration-target';
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

  it.each([
    'esdb://localhost:2113?tls=false',
    'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/etc/ca.crt',
    'esdb+discover://cluster.memberflow.internal:2113?streamPrefix=ta-',
  ])('reads %s as EventStoreDB', (url) => {
    expect(parseEventStoreUrl(url)).toEqual({ kind: 'esdb', url });
  });

  it.each([
    ['postgres://u@h/db?schema=Tỉnh', 'must be lower-case letters, digits and _'],
    ['postgres://u@h/db?max=0', 'parameter max must be an integer from 1 to 1000, got "0"'],
    ['postgres://u@h/db?connectAttempts=many', 'connectAttempts must be an integer'],
    ['esdb://node1:2113?streamPrefix=$ce', 'streamPrefix must be 1 to 64 letters'],
    ['esdb://?tls=false', 'not an EventStoreDB connection string'],
    ['esdb://node1:2113?connectAttempts=0', 'connectAttempts must be an integer from 1 to 100'],
  ])('refuses %s at start, saying which parameter is wrong', (url, reason) => {
    expect(() => parseEventStoreUrl(url)).toThrow(EventStoreUrlError);
    expect(() => parseEventStoreUrl(url)).toThrow(reason);
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
      'expected sqlite:<path> (or a bare file path), postgres://user@host:port/database[?schema=&max=] or esdb://host:port[,host:port...][?tls=&streamPrefix=]',
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

  it('opens stores that can also be migration targets', async () => {
    const store = await openEventStore(join(dir, 'events.db'));
    expect(isMigrationTarget(store)).toBe(true);
    await store.close();
  });

  it('reports an unreachable EventStoreDB as unavailable after the URL’s bounded attempts', async () => {
    const opening = openEventStore('esdb://127.0.0.1:1?tls=false&connectAttempts=2');
    await expect(opening).rejects.toThrow(StoreUnavailableError);
    await expect(opening).rejects.toThrow(
      /^EventStoreDB event store unreachable at 127\.0\.0\.1:1 after 2 attempts: .*UNAVAILABLE/,
    );
  });

  it('reports a connection string the EventStoreDB client cannot read as the URL’s fault', async () => {
    await expect(openEventStore('esdb://node1:2113?tls=maybe')).rejects.toThrow(EventStoreUrlError);
  });
});
