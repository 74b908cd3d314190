/**
 * Materialized paths: a unit's path lists the ids from the root down to it, `/root/…/id/`. Unit ids
 * hold no `/` (letters, digits, `.`, `_`, `-`), so a subtree is the range of paths starting with its
 * root's path, and an index on the path answers it.
 */

export function rootPath(id: string): string {
  return `/${id}/`;
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** The ids on a path, root first (the unit itself last). */
export function idsOnPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** The half-open range [from, to) of the paths in the subtree under `path` (itself included). */
export function subtreeRange(path: string): readonly [string, string] {
  // `0` is the character after `/`: every path below starts with `path` and sorts before this bound.
  return [path, `${path.slice(0, -1)}0`];
}

export function depthOf(path: string): number {
  return idsOnPath(path).length - 1;
}
