/**
 * memberflow's own parameters in an EventStoreDB connection string, taken out before the string reaches
 * the client (which warns about keys it does not know):
 *
 *     esdb://node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/etc/memberflow/ca.crt&streamPrefix=ta-
 *
 * | parameter         | meaning                                                                 | default |
 * |-------------------|-------------------------------------------------------------------------|---------|
 * | `streamPrefix`    | prepended to every stream name: several deployments share one cluster,  | none    |
 * |                   | each seeing only its own streams (like a PostgreSQL schema)             |         |
 * | `connectAttempts` | tries to reach the cluster on start                                     | 5       |
 *
 * Everything else (`tls`, `tlsCAFile`, `nodePreference`, `defaultDeadline`, credentials, ...) is the
 * client's and passes through. No client import here: parsing a URL does not load gRPC.
 */
export interface EsdbUrlSettings {
  /** The connection string without memberflow's parameters. */
  readonly url: string;
  readonly streamPrefix?: string;
  readonly connectAttempts?: number;
}

const PREFIX = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}$/;

/** A stream prefix ESDB and the port can both live with; a RangeError otherwise. */
export function checkStreamPrefix(prefix: string): string {
  if (!PREFIX.test(prefix)) {
    throw new RangeError(
      `EventStoreDB streamPrefix must be 1 to 64 letters, digits, _ . : or - (not starting with $), got ${JSON.stringify(prefix)}`,
    );
  }
  return prefix;
}

/** Reads memberflow's parameters; a RangeError names what is wrong. */
export function esdbUrlSettings(url: string): EsdbUrlSettings {
  const trimmed = url.trim();
  const match = /^(esdb(?:\+discover)?:\/\/)([^?]*)(?:\?(.*))?$/i.exec(trimmed);
  const hosts = match?.[2].replace(/^[^@]*@/, '').replace(/\/$/, '');
  if (match === null || hosts === undefined || hosts === '') {
    throw new RangeError(
      'not an EventStoreDB connection string (expected esdb://host:2113 or esdb://node1:2113,node2:2113,node3:2113?tls=true)',
    );
  }
  const params = new URLSearchParams(match[3] ?? '');
  const settings: { -readonly [K in keyof EsdbUrlSettings]: EsdbUrlSettings[K] } = {
    url: trimmed,
  };
  const prefix = params.get('streamPrefix');
  if (prefix !== null) settings.streamPrefix = checkStreamPrefix(prefix);
  const attempts = params.get('connectAttempts');
  if (attempts !== null) {
    const value = Number(attempts);
    if (!/^\d+$/.test(attempts) || value < 1 || value > 100) {
      throw new RangeError(
        `EventStoreDB URL parameter connectAttempts must be an integer from 1 to 100, got ${JSON.stringify(attempts)}`,
      );
    }
    settings.connectAttempts = value;
  }
  if (prefix !== null || attempts !== null) {
    // Rebuilt by hand: the client's own parameters keep their spelling (URLSearchParams would re-encode).
    const kept = (match[3] ?? '')
      .split('&')
      .filter((pair) => !/^(streamPrefix|connectAttempts)=/.test(pair) && pair !== '');
    settings.url = `${match[1]}${match[2]}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
  }
  return settings;
}
