import type { PolicySnapshot } from '../agreements/policy-directory';
import type { FieldDecision } from '../agreements/field-decision';
import { applyMask, deny } from '../agreements/record-shaper';
import { Mask } from '../agreements/agreement.enums';
import { GOVERNANCE_CENTRE } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { isMinorByResidentId, scrubContacts } from '../common/masks';
import type { CasePartyRow } from '../cases/joint-case.sql';
import type { CaseParty } from '../cases/joint-case.type';
import type { RequestContext } from '../graphql/request-context';
import {
  type CaseFieldAccess,
  type CaseTextField,
  caseTextAccess,
  type CaseViewer,
  caseViewerOf,
  fieldDecisionOf,
  PARTY_FIELD_ACCESS,
  PARTY_FIELDS,
  type PartyField,
  protectedCaseTextAccess,
} from './case-viewer';

/** The hub's own records as the access report and the audit name them (the centre owns them). */
export const CASE_PARTY_KIND = 'CASE_PARTY';
export const JOINT_CASE_KIND = 'JOINT_CASE';

const PROTECTED_REASON =
  'The party is protected: their address and contact are shown only to the centre and the body that marked them';

function withheld(field: string, reason: string): HubError {
  return new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, reason, {
    department: GOVERNANCE_CENTRE,
    recordType: CASE_PARTY_KIND,
    field,
  });
}

/** Is this party protected from this caller: marked by a body other than the caller's, or a minor. */
function protectedFrom(
  ctx: RequestContext,
  party: CasePartyRow,
  policy: PolicySnapshot,
): { marked: boolean; minor: boolean } {
  const minor = party.residentId !== null && isMinorByResidentId(party.residentId);
  if (!party.residentIdHash) return { marked: false, minor };
  const marked =
    policy.protectionOf(party.residentIdHash).size > 0 &&
    !policy.protectionMarkedBy(party.residentIdHash).has(ctx.actor.department);
  return { marked, minor };
}

/**
 * Whether any party is protected from this caller; worked out once per case and request (the
 * case's several text fields all ask). The parties' list is the request's own (its loader's, or
 * its page's).
 */
const protectedByParties = new WeakMap<readonly CasePartyRow[], boolean>();
function anyPartyProtectedFrom(ctx: RequestContext, parties: readonly CasePartyRow[], policy: PolicySnapshot): boolean {
  let known = protectedByParties.get(parties);
  if (known === undefined) {
    known = parties.some((p) => {
      const { marked, minor } = protectedFrom(ctx, p, policy);
      return marked || minor;
    });
    protectedByParties.set(parties, known);
  }
  return known;
}

/**
 * Whether a viewer's access to a case's parties and text is its table's alone, the same for every
 * case: the centre's handlers, who took the case in, whom no protection concerns. Any other
 * viewer's is narrowed where a party is a minor or protected from the caller.
 */
export function decidedByTableAlone(viewer: CaseViewer): boolean {
  return viewer === 'CENTRE';
}

/** How each particular of one party is shown to this caller (decided without side effects). */
export function partyAccess(
  ctx: RequestContext,
  viewer: CaseViewer,
  party: CasePartyRow,
  policy: PolicySnapshot,
): Readonly<Record<PartyField, CaseFieldAccess>> {
  // The viewer's table as it stands unless the party is protected from the caller.
  if (decidedByTableAlone(viewer)) return PARTY_FIELD_ACCESS[viewer];
  const { marked, minor } = protectedFrom(ctx, party, policy);
  if (!minor && !marked) return PARTY_FIELD_ACCESS[viewer];
  const access = { ...PARTY_FIELD_ACCESS[viewer] };
  if (minor) {
    access.name = Mask.MINOR_NAME;
    if (access.residentId !== null) access.residentId = Mask.RESIDENT_ID;
    // A minor's birth date would give back what the masked ID number hides.
    access.birthDate = null;
  }
  if (minor || marked) {
    access.mobile = null;
    access.address = null;
  }
  return access;
}

/**
 * Whether this caller's looks at a case's own data (its parties, its text) are recorded in the
 * access log: every body's but the centre's, which owns the data.
 */
export function caseLooksRecorded(ctx: RequestContext): boolean {
  return ctx.actor.department !== GOVERNANCE_CENTRE;
}

/**
 * The parties of a case as this caller may see them (PARTY_FIELD_ACCESS, protected persons and
 * minors on top). Every look by another body than the centre is recorded as a look at the
 * centre's CASE_PARTY record, naming the party as its subject.
 */
export async function showParties(
  ctx: RequestContext,
  jointCase: { id: string; leadDepartment: string | null },
  rows: readonly CasePartyRow[],
): Promise<CaseParty[]> {
  return showPartiesWith(ctx, jointCase, rows, await ctx.access.policy());
}

/**
 * showParties with the request's policy snapshot in hand: the same decisions and access-log
 * entries, made synchronously (a page's cases, once the page has read the snapshot). Each
 * row holds at least the party's id, resident ID number and its hash (the decisions' inputs);
 * a particular the row lacks is not shown (a page reads only the particulars its query selects).
 */
export function showPartiesWith(
  ctx: RequestContext,
  jointCase: { id: string; leadDepartment: string | null },
  rows: readonly CasePartyRow[],
  policy: PolicySnapshot,
): CaseParty[] {
  const viewer = caseViewerOf(ctx.actor, jointCase);
  // The centre owns the case's data; another body's look is recorded like a read of a record.
  const recorded = caseLooksRecorded(ctx);
  return rows.map((row) => {
    const access = partyAccess(ctx, viewer, row, policy);
    const party: Record<string, unknown> = {
      id: row.id,
      role: row.role,
      kind: row.kind ?? 'NATURAL_PERSON',
      documentType: row.documentType ?? 'RESIDENT_ID',
      electedRepresentative: row.electedRepresentative ?? false,
    };
    const fields: Record<string, FieldDecision> | null = recorded ? {} : null;
    for (const field of PARTY_FIELDS) {
      if (fields) fields[field] = fieldDecisionOf(access[field]);
      const value = row[field] ?? null;
      if (access[field] === null && value !== null) {
        const reason =
          viewer === 'OVERSIGHT' ? `The ${ctx.actor.role} role is not shown parties' ${field}` : PROTECTED_REASON;
        deny(party, field, `${GOVERNANCE_CENTRE}\u0000${CASE_PARTY_KIND}\u0000${field}\u0000${reason}`, () =>
          withheld(field, reason),
        );
      } else {
        party[field] = value === null ? null : applyMask(access[field] ?? Mask.NONE, value);
      }
    }
    if (fields) {
      ctx.accessLog.add({
        department: GOVERNANCE_CENTRE,
        recordType: CASE_PARTY_KIND,
        recordId: row.id,
        jointCaseId: jointCase.id,
        decision: 'GRANTED',
        agreementIds: [],
        fields,
        subjectHashes: row.residentIdHash ? [row.residentIdHash] : [],
      });
    }
    return party as unknown as CaseParty;
  });
}

/**
 * One text field of a case (place, description, agreement terms, …) as this caller may see it:
 * by the viewer table, stricter when a party is protected from the caller. A withheld field
 * answers FORBIDDEN_BY_AGREEMENT; a look by another body than the centre is recorded.
 */
export async function showCaseText(
  ctx: RequestContext,
  jointCase: { id: string; leadDepartment: string | null },
  parties: readonly CasePartyRow[],
  field: CaseTextField,
  value: string | null,
  /** The name the access report and audit give the field (e.g. `sessions.minutes`); the field's own by default. */
  shownAs: string = field,
): Promise<string | null> {
  if (value === null) return null;
  const policy = decidedByTableAlone(caseViewerOf(ctx.actor, jointCase)) ? undefined : await ctx.access.policy();
  return showCaseTextWith(ctx, jointCase, parties, field, value, shownAs, policy);
}

/**
 * How one text field of a case is shown to this caller (decided without side effects): by the
 * viewer table, stricter when a party is protected from the caller.
 */
export function caseTextAccessFor(
  ctx: RequestContext,
  jointCase: { leadDepartment: string | null },
  parties: readonly CasePartyRow[],
  field: CaseTextField,
  policy: PolicySnapshot | undefined,
): CaseFieldAccess {
  const viewer = caseViewerOf(ctx.actor, jointCase);
  const access = caseTextAccess(viewer, field);
  if (decidedByTableAlone(viewer)) return access;
  if (!policy) throw new Error("A case's text is shown to another body than the centre only by the request's policy");
  return anyPartyProtectedFrom(ctx, parties, policy) ? protectedCaseTextAccess(field, access) : access;
}

/**
 * showCaseText with what it decides by in hand: the same decision and access-log entry, made
 * synchronously (a page's cases). `policy` is the request's snapshot; only the centre's
 * handlers, whom no protection concerns, may be shown the text without it.
 */
export function showCaseTextWith(
  ctx: RequestContext,
  jointCase: { id: string; leadDepartment: string | null },
  parties: readonly CasePartyRow[],
  field: CaseTextField,
  value: string | null,
  shownAs: string,
  policy: PolicySnapshot | undefined,
): string | null {
  if (value === null) return null;
  const viewer = caseViewerOf(ctx.actor, jointCase);
  const access = caseTextAccessFor(ctx, jointCase, parties, field, policy);
  if (caseLooksRecorded(ctx)) {
    ctx.accessLog.add({
      department: GOVERNANCE_CENTRE,
      recordType: JOINT_CASE_KIND,
      recordId: jointCase.id,
      jointCaseId: jointCase.id,
      decision: 'GRANTED',
      agreementIds: [],
      fields: { [shownAs]: fieldDecisionOf(access) },
      subjectHashes: parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null),
    });
  }
  if (access === null) {
    throw new HubError(
      ErrorCode.FORBIDDEN_BY_AGREEMENT,
      viewer === 'OVERSIGHT' ? `The ${ctx.actor.role} role is not shown a case's ${shownAs}` : PROTECTED_REASON,
      {
        department: GOVERNANCE_CENTRE,
        recordType: JOINT_CASE_KIND,
        field: shownAs,
      },
    );
  }
  return applyMask(access, value) as string;
}

/**
 * A party's name as this caller may print it (the work ledger): by the viewer table, a minor as
 * surname + 某 for every caller but the centre. The export itself is audited with the parties.
 */
export function partyNameFor(
  ctx: RequestContext,
  jointCase: { leadDepartment: string | null },
  party: { name: string; residentId: string | null },
): string {
  const viewer = caseViewerOf(ctx.actor, jointCase);
  const minor = !decidedByTableAlone(viewer) && party.residentId !== null && isMinorByResidentId(party.residentId);
  return applyMask(minor ? Mask.MINOR_NAME : (PARTY_FIELD_ACCESS[viewer].name ?? Mask.NAME), party.name) as string;
}

/** Free text as printed in a report (a failure reason in the ledger): contact details masked for every body but the centre. */
export function printedFreeText(ctx: RequestContext, value: string): string {
  return ctx.actor.department === GOVERNANCE_CENTRE ? value : scrubContacts(value);
}

/** The particulars a printed document (人民调解协议书, 司法确认申请书) shows of every party. */
const PRINTED_PARTY_FIELDS: readonly PartyField[] = [
  'name',
  'residentId',
  'documentNumber',
  'gender',
  'ethnicity',
  'birthDate',
  'address',
  'mobile',
  'legalRepresentative',
  'agentName',
];

/**
 * Why this caller may not print the case's documents, or null when they may: a document prints
 * every particular of every party in full, so only a caller who is shown each of them in full
 * (the centre, or the lead body when no party is protected from it) gets one. Asked before the
 * document is made; the export itself is audited by the caller.
 */
export async function whyNotPrintable(
  ctx: RequestContext,
  jointCase: { leadDepartment: string | null },
  rows: readonly CasePartyRow[],
): Promise<string | null> {
  const viewer = caseViewerOf(ctx.actor, jointCase);
  if (viewer !== 'CENTRE' && viewer !== 'LEAD')
    return "Case documents are printed by the governance centre and the lead body's handlers, who are shown every particular they print";
  const policy = await ctx.access.policy();
  for (const row of rows) {
    const access = partyAccess(ctx, viewer, row, policy);
    const short = PRINTED_PARTY_FIELDS.find((field) => (row[field] ?? null) !== null && access[field] !== Mask.NONE);
    if (short) return PROTECTED_REASON;
  }
  return null;
}
