import { Mask, Purpose } from '../agreements/agreement.enums';
import type { PolicySnapshot } from '../agreements/policy-directory';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { ReadableDecision } from './record-loaders';
import { caseScopeOf } from '../cases/case-visibility';
import type { RequestContext } from '../graphql/request-context';
import type { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import type { JointCaseEntity } from '../cases/joint-case.entity';
import type { HistoryRecord, RiskSourceKind } from '../cases/risk/risk-rule';
import type { ReadRoomDeps } from './read-room-deps';

const PURPOSE = Purpose.RISK_SCREENING;

export interface RiskHistory {
  records: HistoryRecord[];
  /** Bodies that were down (SOURCE_UNAVAILABLE): none of their records were used. */
  unavailableSources: string[];
}

function isSourceUnavailable(error: unknown): boolean {
  return error instanceof HubError && error.code === ErrorCode.SOURCE_UNAVAILABLE;
}

/**
 * What the other bodies hold of the case's parties, read live for risk screening through the
 * same machinery as every other read: a decision per (body, record kind) under the
 * RISK_SCREENING agreements for a party to the case; denied kinds are not asked for at all
 * (a DENIED entry goes into the access log); granted records are found per body in one
 * statement, loaded with only the granted fields (masked), and every granted read is logged
 * with the case, the fields, the agreements and the subjects. A body that is down is skipped
 * and named in `unavailableSources`.
 */
export async function readRiskHistory(
  deps: ReadRoomDeps,
  ctx: RequestContext,
  jointCase: JointCaseEntity,
  parties: readonly JointCasePartyEntity[],
  kinds: readonly RiskSourceKind[],
): Promise<RiskHistory> {
  const residentIds = [...new Set(parties.map((p) => p.residentId).filter((id): id is string => Boolean(id)))];
  if (residentIds.length === 0 || kinds.length === 0) return { records: [], unavailableSources: [] };

  const access = ctx.access.withPurpose(PURPOSE);
  // The entity carries every field the scope rules read (id, status, lead and participating bodies).
  const scope = caseScopeOf(jointCase);
  const policy = await access.policy();
  const partyHashes = residentIds.map((id) => ctx.hashResidentId(id));

  const byDepartment = new Map<string, Set<string>>();
  for (const { department, recordType } of kinds) {
    if (!deps.registry.has(department)) continue; // this hub does not serve the body
    const set = byDepartment.get(department) ?? new Set<string>();
    set.add(recordType);
    byDepartment.set(department, set);
  }

  const results = await Promise.all(
    [...byDepartment].map(async ([department, recordTypes]) => {
      const decisions = new Map<string, ReadableDecision>();
      const denied: Array<{ recordType: string; reason: string }> = [];
      for (const recordType of recordTypes) {
        const decision = await access.decide(department, recordType, scope, 'PARTY_TO_CASE');
        if (decision.kind === 'DENIED') denied.push({ recordType, reason: decision.reason });
        else decisions.set(recordType, decision);
      }
      ctx.accessLog.denied(
        { department, jointCaseId: jointCase.id, purpose: PURPOSE, subjectHashes: partyHashes },
        denied,
      );
      if (decisions.size === 0) return { department, records: [] as HistoryRecord[], unavailable: false };
      const ruleFields = new Map(kinds.filter((k) => k.department === department).map((k) => [k.recordType, k.fields]));
      return readDepartment(ctx, { department, decisions, ruleFields, residentIds, jointCaseId: jointCase.id, policy });
    }),
  );

  return {
    records: results.flatMap((r) => r.records),
    unavailableSources: results
      .filter((r) => r.unavailable)
      .map((r) => r.department)
      .sort(),
  };
}

interface DepartmentRead {
  department: string;
  decisions: ReadonlyMap<string, ReadableDecision>;
  /** Per kind, the fields the rules read of it: what a reason citing a record may reveal. */
  ruleFields: ReadonlyMap<string, readonly string[]>;
  residentIds: readonly string[];
  jointCaseId: string;
  policy: PolicySnapshot;
}

async function readDepartment(
  ctx: RequestContext,
  { department, decisions, ruleFields, residentIds, jointCaseId, policy }: DepartmentRead,
): Promise<{ department: string; records: HistoryRecord[]; unavailable: boolean }> {
  const unavailable = { department, records: [], unavailable: true };
  let found;
  try {
    // One statement for every party (the finder batches the persons of a request).
    found = (
      await Promise.all(residentIds.map((id) => ctx.loaders.records.findRecordsOfPerson(department, id)))
    ).flat();
  } catch (error) {
    if (isSourceUnavailable(error)) return unavailable;
    throw error;
  }

  // One entry per record, naming every party it names.
  const refs = new Map<string, { recordType: string; recordId: string; residentIds: string[] }>();
  for (const ref of found) {
    if (!decisions.has(ref.recordType)) continue;
    const key = `${ref.recordType}\u0000${ref.recordId}`;
    const entry = refs.get(key) ?? { recordType: ref.recordType, recordId: ref.recordId, residentIds: [] };
    if (!entry.residentIds.includes(ref.residentId)) entry.residentIds.push(ref.residentId);
    refs.set(key, entry);
  }

  const loads = await Promise.allSettled(
    [...refs.values()].map((ref) =>
      ctx.loaders.records.load(department, ref.recordType, ref.recordId, decisions.get(ref.recordType)!, policy),
    ),
  );
  const records: HistoryRecord[] = [];
  let down = false;
  [...refs.values()].forEach((ref, i) => {
    const load = loads[i];
    if (load.status === 'rejected') {
      if (!isSourceUnavailable(load.reason)) throw load.reason;
      down = true;
      return;
    }
    const shaped = load.value;
    if (!shaped) return; // the owner no longer holds it
    const decision = decisions.get(ref.recordType)!;
    // Every read that happened is logged, even when the body failed on another kind.
    if (decision.kind === 'GRANTED') {
      ctx.accessLog.add({
        department,
        recordType: ref.recordType,
        recordId: ref.recordId,
        jointCaseId,
        decision: 'GRANTED',
        purpose: PURPOSE,
        agreementIds: decision.agreementIds,
        fields: shaped.fields,
        subjectHashes: shaped.subjectHashes,
      });
    }
    const { record, fields } = shaped;
    const revealed: Record<string, Mask> = {};
    for (const field of ruleFields.get(ref.recordType) ?? []) {
      if (decision.kind === 'OWNER') revealed[field] = Mask.NONE;
      else if (fields[field] !== 'DENIED' && decision.fields.has(field))
        revealed[field] = decision.fields.get(field)!.mask;
    }
    records.push({
      department,
      recordType: ref.recordType,
      recordId: ref.recordId,
      residentIds: ref.residentIds,
      provenance: { fields: revealed, subjectHashes: shaped.subjectHashes },
      value(path: string) {
        // Only fields the decision grants: a denied field holds its withholding, never a value for a rule.
        if (fields[path] === 'DENIED' || path.includes('.')) return undefined;
        return (record as unknown as Record<string, unknown>)[path];
      },
    });
  });
  return down ? unavailable : { department, records, unavailable: false };
}
