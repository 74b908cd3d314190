import { accountsProjection } from './accounts/accounts.projection';
import { membersProjection } from './members/members.projection';
import { orgTreeProjection } from './org-tree/org-tree.projection';
import type { Projection } from './runner/projection';

/** Every read model the engine keeps (architecture.md §6). */
export const PROJECTIONS: readonly Projection[] = [
  orgTreeProjection,
  membersProjection,
  accountsProjection,
] as readonly Projection<string>[];
