import { esdbUrlSettings } from './esdb-url';

describe('memberflow parameters in an EventStoreDB connection string', () => {
  it('takes streamPrefix and connectAttempts out, keeping the client’s options as written', () => {
    expect(
      esdbUrlSettings(
        'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&streamPrefix=ta-&tlsCAFile=%2Fetc%2Fca.crt&connectAttempts=8',
      ),
    ).toEqual({
      url: 'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=%2Fetc%2Fca.crt',
      streamPrefix: 'ta-',
      connectAttempts: 8,
    });
  });

  it('leaves a connection string without them as it is', () => {
    for (const url of [
      'esdb://localhost:2113?tls=false',
      'esdb+discover://cluster.internal:2113',
    ]) {
      expect(esdbUrlSettings(url)).toEqual({ url });
    }
  });

  it('drops the question mark when only memberflow parameters were given', () => {
    expect(esdbUrlSettings('esdb://node1:2113?streamPrefix=t1_')).toEqual({
      url: 'esdb://node1:2113',
      streamPrefix: 't1_',
    });
  });

  it.each([
    ['postgres://node1:2113', 'not an EventStoreDB connection string'],
    ['esdb://', 'not an EventStoreDB connection string'],
    ['esdb://admin:x@?tls=false', 'not an EventStoreDB connection string'],
    ['esdb://n:2113?streamPrefix=$all', 'streamPrefix must be'],
    ['esdb://n:2113?streamPrefix=a%20b', 'streamPrefix must be'],
    ['esdb://n:2113?connectAttempts=-1', 'connectAttempts must be an integer'],
  ])('refuses %s', (url, message) => {
    expect(() => esdbUrlSettings(url)).toThrow(RangeError);
    expect(() => esdbUrlSettings(url)).toThrow(message);
  });
});
