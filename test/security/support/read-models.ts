/**
 * What the read models answer about a province, through the query routes: the tree, the statistics,
 * admissions, the pipeline, every roster page and every worklist page. Two servers whose projections
 * hold the same rows give equal snapshots.
 */
export async function readModelSnapshot(
  url: string,
  token: string,
  provinceId: string,
  districtId: string,
): Promise<Record<string, unknown>> {
  const get = async (path: string): Promise<unknown> => {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };
  const pages = async (path: string): Promise<unknown[]> => {
    const rows: unknown[] = [];
    for (let page = 1; ; page++) {
      const answer = (await get(
        `${path}${path.includes('?') ? '&' : '?'}size=200&page=${page}`,
      )) as {
        items?: unknown[];
        rows?: unknown[];
        total?: number;
      };
      const items = answer.items ?? answer.rows ?? [];
      rows.push(...items);
      if (items.length < 200) return rows;
    }
  };
  return {
    tree: await get(`/api/orgs/${provinceId}/tree?depth=5`),
    statistics: await get(`/api/orgs/${provinceId}/statistics`),
    districtStatistics: await get(`/api/orgs/${districtId}/statistics`),
    admissions: await get(`/api/orgs/${provinceId}/admissions`),
    pipeline: await get(`/api/orgs/${districtId}/pipeline`),
    roster: await pages(`/api/orgs/${provinceId}/roster`),
    worklist: await pages(`/api/worklist?orgId=${provinceId}`),
  };
}
