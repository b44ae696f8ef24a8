import type { AccessDecision, CaseScope, Reach } from '../agreements/access-decision';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, type Edge, offsetFromCursor, type PageArgs, pageOf } from '../common/relay';
import type { DepartmentRecord } from '../connectors/department-record.type';
import type { ShapedRecord } from '../agreements/record-shaper';
import type { ReadableDecision } from './record-loaders';
import type { LinkedRecord } from '../cases/joint-case.type';
import type { RequestContext } from '../graphql/request-context';
import type { PersonRecordsAtDepartment } from '../persons/person.type';
import type { ReadRoomDeps } from './read-room-deps';
import { fieldPaths, type RecordTypeSource } from '../connectors/department-definition';
import { FieldAccessDecision, recordAccess, type RecordFieldAccess } from './record-access.type';
import { type WithheldField, withheldByAgreement } from '../agreements/withheld-field';

/** A look at a linked record: what was decided, and the record as the decision shaped it (none when denied). */
type LinkedLook =
  | { decision: Extract<AccessDecision, { kind: 'DENIED' }>; shaped: null }
  | { decision: ReadableDecision; shaped: ShapedRecord };

/** A linked record's read settled before its field is resolved (a page's records are read together). */
type SettledRead = { decision: AccessDecision; shaped: ShapedRecord | null } | { failed: unknown };

/** The reads `readLinkedRecordsAhead` settled, by link (each link object belongs to one request). */
const settledReads = new WeakMap<LinkedRecord, SettledRead>();

/**
 * The part of a look that follows the read: record a denial (nothing was sent to the owner's
 * database), else record the grant — naming the persons the record names as its subjects.
 */
function recordLook(
  ctx: RequestContext,
  link: LinkedRecord,
  decision: AccessDecision,
  shaped: ShapedRecord | null,
): LinkedLook {
  const entry = {
    department: link.department,
    recordType: link.recordType,
    recordId: link.recordId,
    jointCaseId: link.jointCase.id,
  };
  if (decision.kind === 'DENIED') {
    ctx.accessLog.add({ ...entry, decision: 'DENIED', reason: decision.reason, agreementIds: [], subjectHashes: [] });
    return { decision, shaped: null };
  }
  if (!shaped) {
    throw new HubError(ErrorCode.NOT_FOUND_OR_NO_ACCESS, 'The owner no longer holds this record', {
      department: link.department,
    });
  }
  if (decision.kind === 'GRANTED') {
    ctx.accessLog.add({
      ...entry,
      decision: 'GRANTED',
      agreementIds: decision.agreementIds,
      fields: shaped.fields,
      subjectHashes: shaped.subjectHashes,
    });
  }
  return { decision, shaped };
}

/**
 * The one sequence every look at a linked record takes: decide in the scope of its case, then
 * (unless denied) read in one batched statement per body, and record the look. The request's
 * loaders and access log dedupe repeated looks at one record.
 */
async function lookAtLinkedRecord(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  link: LinkedRecord,
  scope: CaseScope,
): Promise<LinkedLook> {
  if (!deps.registry.has(link.department)) throw HubError.sourceUnavailable(link.department);
  const policy = await ctx.access.policy();
  const decision = ctx.access.decideWith(policy, link.department, link.recordType, scope, 'LINKED_TO_CASE');
  if (decision.kind === 'DENIED') return recordLook(ctx, link, decision, null);
  const shaped = await ctx.loaders.records.load(link.department, link.recordType, link.recordId, decision, policy);
  return recordLook(ctx, link, decision, shaped);
}

/**
 * Reads the records of a page of links (all of one case) together, before their `record`
 * fields are resolved: decided with the request's policy, read in one batched statement per
 * body, and kept settled, so each field then answers without a promise of its own (and the
 * page is completed without one per record). Nothing is recorded here: each look is recorded
 * when its field is resolved, as `readLinkedRecord` does it.
 */
export async function readLinkedRecordsAhead(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  links: readonly LinkedRecord[],
  scope: CaseScope,
): Promise<void> {
  const policy = await ctx.access.policy();
  const reads: Array<Promise<void>> = [];
  for (const link of links) {
    if (!deps.registry.has(link.department)) continue;
    const decision = ctx.access.decideWith(policy, link.department, link.recordType, scope, 'LINKED_TO_CASE');
    if (decision.kind === 'DENIED') {
      settledReads.set(link, { decision, shaped: null });
      continue;
    }
    reads.push(
      ctx.loaders.records.load(link.department, link.recordType, link.recordId, decision, policy).then(
        (shaped) => void settledReads.set(link, { decision, shaped }),
        (failed: unknown) => void settledReads.set(link, { failed }),
      ),
    );
  }
  await Promise.all(reads);
}

function shownRecord(look: LinkedLook, link: LinkedRecord): DepartmentRecord | WithheldField {
  if (look.decision.kind === 'DENIED') return withheldByAgreement(link.department, look.decision.reason);
  return look.shaped!.record;
}

/**
 * The live content of a linked record, as the caller may see it; a denied kind is withheld
 * (FORBIDDEN_BY_AGREEMENT naming the body), as data rather than a thrown error. A record read
 * ahead with its page answers at once.
 */
export function readLinkedRecord(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  link: LinkedRecord,
  scope: CaseScope,
): DepartmentRecord | WithheldField | Promise<DepartmentRecord | WithheldField> {
  const settled = settledReads.get(link);
  if (!settled) return lookAtLinkedRecord(deps, ctx, link, scope).then((look) => shownRecord(look, link));
  if ('failed' in settled) throw settled.failed;
  return shownRecord(recordLook(ctx, link, settled.decision, settled.shaped), link);
}

/**
 * How each field of a linked record reaches the caller (the typed `access` of a link): the same
 * look as `readLinkedRecord`, so what a screen is told agrees with what the audit records. A
 * kind the caller may not read answers every field DENIED with the reason, instead of an error.
 */
export async function linkedRecordAccess(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  link: LinkedRecord,
  scope: CaseScope,
): Promise<RecordFieldAccess[]> {
  const source = deps.registry.has(link.department)
    ? deps.registry.get(link.department).recordTypes.find((t) => t.name === link.recordType)
    : undefined;
  if (!source) throw HubError.sourceUnavailable(link.department);
  const look = await lookAtLinkedRecord(deps, ctx, link, scope);
  if (look.decision.kind === 'DENIED') {
    const { reason } = look.decision;
    return fieldPaths(source).map((field) => ({ field, decision: FieldAccessDecision.DENIED, mask: null, reason }));
  }
  return recordAccess(source, look.decision, look.shaped!.fields);
}

/**
 * The scope a body's records of this person are read in: the joint case the request acts for
 * (x-joint-case-id) — its scope only, not the case — and whether the person is one of its
 * parties. A case the caller may not see is refused, and the refusal recorded like any denied
 * look. The caller's own body reads its records in no case's scope, but waits for the case too:
 * so every body is asked at the same moment, one round trip to the bodies instead of two.
 */
async function personScope(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  department: string,
  subjectHash: string,
): Promise<{ jointCase: CaseScope | null; reach: Reach }> {
  const noCase = { jointCase: null, reach: 'NOT_IN_CASE' as const };
  if (!ctx.jointCaseId) return noCase;
  const owner = department === ctx.actor.department;
  let found;
  try {
    found = await deps.cases.visibleScope(ctx, ctx.jointCaseId);
  } catch (error) {
    if (owner) return noCase;
    ctx.accessLog.denied({ department, jointCaseId: ctx.jointCaseId, subjectHashes: [subjectHash] }, [
      { recordType: '*', reason: `${ctx.actor.department} takes no part in the joint case the request names` },
    ]);
    throw error;
  }
  if (owner) return noCase;
  return { jointCase: found.scope, reach: found.partyHashes.includes(subjectHash) ? 'PARTY_TO_CASE' : 'NOT_IN_CASE' };
}

/**
 * The person's records at one body, of the kinds the caller may read, in one statement to
 * that body. A body with no readable kind is not asked at all and is withheld
 * (FORBIDDEN_BY_AGREEMENT, as data); every decision about another body's records goes into the
 * request's access log.
 */
export async function readPersonRecords(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  at: PersonRecordsAtDepartment,
  page: PageArgs,
): Promise<Connection<DepartmentRecord> | WithheldField> {
  checkPageSize(page.first);
  const start = offsetFromCursor(page.after);
  const definition = deps.registry.get(at.department);
  const subjectHash = ctx.hashResidentId(at.residentId);
  const { jointCase, reach } = await personScope(deps, ctx, at.department, subjectHash);
  const decisions = new Map<string, ReadableDecision>();
  const denied: Array<{ recordType: string; reason: string }> = [];
  // The most telling reason: one from an agreement that names a kind but does not cover this read.
  let denial: { reason: string; considered: number } | null = null;
  const policy = await ctx.access.policy();
  for (const { name } of definition.recordTypes) {
    const decision = ctx.access.decideWith(policy, at.department, name, jointCase, reach);
    if (decision.kind === 'DENIED') {
      if (!denial || decision.considered > denial.considered) denial = decision;
      denied.push({ recordType: name, reason: decision.reason });
    } else {
      decisions.set(name, decision);
    }
  }
  ctx.accessLog.denied(
    { department: at.department, jointCaseId: jointCase?.id ?? null, subjectHashes: [subjectHash] },
    denied,
  );
  if (decisions.size === 0) return withheldByAgreement(at.department, denial?.reason ?? 'No record kind is shared');

  const { refs, records } = await ctx.loaders.records.personRecords(
    at.department,
    at.residentId,
    decisions,
    { from: start, to: start + page.first },
    policy,
  );
  const pageOfRefs = pageOf(refs, page);
  const edges: PersonRecordEdge[] = [];
  for (const edge of pageOfRefs.edges) {
    const { recordType, recordId } = edge.node;
    const shaped = records.get(`${recordType}:${recordId}`);
    // Gone between the lookup and the read (the owner deleted it): left out of the page.
    if (!shaped) continue;
    const decision = decisions.get(recordType)!;
    if (decision.kind === 'GRANTED') {
      ctx.accessLog.add({
        department: at.department,
        recordType,
        recordId,
        jointCaseId: jointCase?.id ?? null,
        decision: 'GRANTED',
        agreementIds: decision.agreementIds,
        fields: shaped.fields,
        subjectHashes: shaped.subjectHashes,
      });
    }
    const source = definition.recordTypes.find((t) => t.name === recordType)!;
    edges.push(new PersonRecordEdge(edge, shaped, source, decision));
  }
  const total = pageOfRefs.totalCount;
  return {
    edges,
    pageInfo: pageOfRefs.pageInfo,
    // Counting a record tells that it exists: each one counted beyond the page is recorded too.
    get totalCount() {
      const onPage = new Set(pageOfRefs.edges.map((e) => e.node));
      for (const ref of refs) {
        if (onPage.has(ref)) continue;
        const decision = decisions.get(ref.recordType)!;
        if (decision.kind !== 'GRANTED') continue;
        ctx.accessLog.add({
          department: at.department,
          recordType: ref.recordType,
          recordId: ref.recordId,
          jointCaseId: jointCase?.id ?? null,
          decision: 'GRANTED',
          agreementIds: decision.agreementIds,
          fields: {},
          subjectHashes: [subjectHash],
        });
      }
      return total;
    },
  };
}

/** An edge of a person's page at one body: its cursor and the record's typed access only when a query reads them. */
class PersonRecordEdge {
  readonly node: DepartmentRecord;

  constructor(
    private readonly ref: Edge<unknown>,
    private readonly shaped: ShapedRecord,
    private readonly source: RecordTypeSource,
    private readonly decision: ReadableDecision,
  ) {
    this.node = shaped.record;
  }

  get cursor(): string {
    return this.ref.cursor;
  }

  /** The typed access of the record: the decisions logged when the page was read. */
  get access(): RecordFieldAccess[] {
    return recordAccess(this.source, this.decision, this.shaped.fields);
  }
}

type SettledPage =
  { page: PageArgs; read: Connection<DepartmentRecord> | WithheldField } | { page: PageArgs; failed: unknown };

/** The pages `readPersonRecordsAhead` settled, by body entry (each entry belongs to one request). */
const settledPages = new WeakMap<PersonRecordsAtDepartment, SettledPage>();

/**
 * Reads the person's page at every body at once, before each body's `records` field is
 * resolved: the same reads (and the same access log entries) as `readPersonRecords` at each,
 * kept settled so each field answers without a promise of its own.
 */
export async function readPersonRecordsAhead(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  entries: readonly PersonRecordsAtDepartment[],
  page: PageArgs,
): Promise<void> {
  await Promise.all(
    entries.map((at) =>
      readPersonRecords(deps, ctx, at, page).then(
        (read) => void settledPages.set(at, { page, read }),
        (failed: unknown) => void settledPages.set(at, { page, failed }),
      ),
    ),
  );
}

/** The page read ahead for this body entry, when it was read with these arguments. */
export function personRecordsReadAhead(
  at: PersonRecordsAtDepartment,
  page: PageArgs,
): Connection<DepartmentRecord> | WithheldField | undefined {
  const settled = settledPages.get(at);
  if (!settled || settled.page.first !== page.first || (settled.page.after ?? null) !== (page.after ?? null))
    return undefined;
  if ('failed' in settled) throw settled.failed;
  return settled.read;
}
