import { Injectable } from '@nestjs/common';
import type { OrgTreeQueries, OrgUnitView } from '@memberflow/projections';
import {
  WHOLE_DEPLOYMENT,
  type Principal,
  outOfScope,
  RefusalError,
  ProjectionService,
  notFound,
  noUnit,
} from '@memberflow/application';

/**
 * Resolves the unit a query is about from the organization tree read model and checks that the
 * caller's token reaches it (architecture.md §8: a token acts only inside its subtree).
 */
@Injectable()
export class UnitScope {
  constructor(private readonly projections: ProjectionService) {}

  private get orgs(): OrgTreeQueries {
    return this.projections.orgs;
  }

  async unit(principal: Principal, id: string): Promise<OrgUnitView> {
    const unit = await this.orgs.unit(id);
    if (!unit) throw notFound(noUnit(id));
    if (!covers(principal, unit.path)) throw new RefusalError(outOfScope(principal, id));
    return unit;
  }

  /** The path under which a query without a unit looks: the token's own subtree, or everything. */
  async rootPath(principal: Principal): Promise<string | undefined> {
    if (principal.orgScope === WHOLE_DEPLOYMENT) return undefined;
    return (await this.unit(principal, principal.orgScope)).path;
  }

  /** Whether the token reaches a unit whose path is given. */
  covers(principal: Principal, path: string | undefined): boolean {
    return path !== undefined && covers(principal, path);
  }
}

function covers(principal: Principal, path: string): boolean {
  return principal.orgScope === WHOLE_DEPLOYMENT || path.includes(`/${principal.orgScope}/`);
}
