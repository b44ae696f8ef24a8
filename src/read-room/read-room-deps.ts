import type { CaseScope } from '../agreements/access-decision';
import type { DepartmentRegistry } from '../connectors/department-registry';
import type { RequestContext } from '../graphql/request-context';

/** The joint cases as the read room needs them: the case a request acts for, and its parties' hashes. */
export interface CasesForReads {
  /** The case's scope and its parties' keyed hashes, if the caller may see it; else NOT_FOUND_OR_NO_ACCESS. */
  visibleScope(ctx: RequestContext, id: string): Promise<{ scope: CaseScope; partyHashes: string[] }>;
}

/**
 * What the read room is given at construction (in the composition root). Resident ID numbers
 * are hashed through the request (`ctx.hashResidentId`), each once per request.
 */
export interface ReadRoomDeps {
  /** The bodies the hub serves. */
  registry: DepartmentRegistry;
  cases: CasesForReads;
  /**
   * CASE_PAGE_SYNC: a page's cases show their parties and text synchronously once the request's
   * policy is in hand (default on); off, each is shown through a promise.
   */
  synchronousPages?: boolean;
}
