import type { RequestContext } from '../graphql/request-context';
import type { ReadRoomDeps } from './read-room-deps';

/** What the hub learned of a record before linking it: whether it exists and whom of the parties it names. */
export interface LinkCheck {
  exists: boolean;
  /** Keyed hashes of the case's parties the record names; empty when it names none. */
  partiesNamed: string[];
}

/**
 * Checks a record before it is linked to a case, reading no content: the owner's own lookup of
 * the parties' records (one statement) tells whether it names a party; when it names none, its
 * id alone tells whether it exists. The check is recorded with the link (LINK_CHANGE).
 */
export async function checkRecordForLink(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  parties: ReadonlyArray<{ residentId: string | null }>,
  ref: { department: string; recordType: string; recordId: string },
): Promise<LinkCheck> {
  const residentIds = [...new Set(parties.map((p) => p.residentId).filter((id): id is string => id !== null))];
  const found = await Promise.all(residentIds.map((id) => ctx.loaders.records.findRecordsOfPerson(ref.department, id)));
  const named = residentIds.filter((_, i) =>
    found[i].some((r) => r.recordType === ref.recordType && r.recordId === ref.recordId),
  );
  if (named.length > 0) return { exists: true, partiesNamed: named.map((id) => ctx.hashResidentId(id)) };
  return { exists: await ctx.loaders.records.exists(ref.department, ref.recordType, ref.recordId), partiesNamed: [] };
}
