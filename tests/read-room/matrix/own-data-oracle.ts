import { Mask, Purpose } from '../../../src/agreements/agreement.enums';
import { GOVERNANCE_CENTRE, Role } from '../../../src/auth/actor';
import {
  isMinorByResidentId,
  maskAddressToCommunity,
  maskMobile,
  maskName,
  maskResidentId,
  minorName,
  scrubContacts,
} from '../../../src/common/masks';
import { riskRules } from '../../../src/cases/risk/rules';
import type { TestHub } from '../../support/test-hub';

/**
 * The expected view of a joint case's own data (parties, place, description, risk reasons,
 * link references), worked out from the hub database's raw rows — agreements as stored,
 * protection marks, cases, parties, links — by the rules the README states for the hub's own
 * data. It never calls the read room: only the display masks and the risk rules' declared
 * sources (what each rule reads of a body's records) are taken from the product.
 */

export const HANDLER_ROLES: readonly Role[] = [Role.CLERK, Role.MEDIATOR, Role.CHIEF, Role.SUPERVISOR];
const OVERSIGHT_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR];
// A case refused at intake (不予受理) is finished like a closed or withdrawn one.
const FINISHED = ['CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED'];

export interface Caller {
  department: string;
  role: Role;
  purpose: Purpose | null;
}

export interface AgreementRow {
  id: string;
  title: string;
  provider: string;
  consumer: string;
  purpose: string;
  scope: string;
  consumer_roles: string[];
  grants: Array<{ recordType: string; fields: Array<{ field: string; mask: Mask }> }>;
  valid_from: Date;
  valid_until: Date;
  status: string;
}

export interface StoredSource {
  department: string;
  recordType: string;
  recordId: string;
}

export interface StoredReason {
  rule: string;
  level: string;
  description: string;
  source: StoredSource | null;
  sources?: StoredSource[] | null;
  /** A care marker (关爱/帮扶): listed apart from the reasons (careMarkers), never in riskReasons. */
  care?: boolean;
}

export interface CaseRow {
  id: string;
  case_number: string;
  category: string;
  status: string;
  lead_department: string | null;
  participating_departments: string[];
  title: string;
  place: string | null;
  description: string | null;
  agreement_terms: string | null;
  failure_reason: string | null;
  follow_up_note: string | null;
  risk_level: string | null;
  risk_reasons: StoredReason[];
  created_at: Date;
}

export interface PartyRow {
  id: string;
  joint_case_id: string;
  position: number;
  role: string;
  name: string;
  resident_id: string | null;
  resident_id_hash: string | null;
  mobile: string | null;
  address: string | null;
}

export interface LinkRow {
  joint_case_id: string;
  department: string;
  record_type: string;
  record_id: string;
}

/** The hub's raw data, read as administrator. */
export interface Snapshot {
  now: Date;
  agreements: AgreementRow[];
  protections: Array<{ resident_id_hash: string; marked_by_department: string }>;
  cases: Map<string, CaseRow>;
  parties: Map<string, PartyRow[]>;
  links: Map<string, LinkRow[]>;
  /** The level of each case's early warning that is not cleared, by case id. */
  openWarnings: Map<string, string>;
}

export async function readSnapshot(hub: TestHub): Promise<Snapshot> {
  const sql = <T>(text: string) => hub.databases.sql<T>('hub', text);
  const [agreements, protections, cases, parties, links, warnings] = await Promise.all([
    sql<AgreementRow>(
      `SELECT id, title, provider, consumer, purpose, scope, consumer_roles, grants, valid_from, valid_until, status FROM agreement`,
    ),
    sql<Snapshot['protections'][number]>(
      `SELECT resident_id_hash, marked_by_department FROM protected_person WHERE lifted_at IS NULL`,
    ),
    sql<CaseRow>(
      `SELECT id, case_number, category, status, lead_department, participating_departments, title, place, description, agreement_terms, failure_reason, follow_up_note, risk_level, risk_reasons, created_at FROM joint_case`,
    ),
    sql<PartyRow>(
      `SELECT id, joint_case_id, position, role, name, resident_id, resident_id_hash, mobile, address FROM joint_case_party ORDER BY joint_case_id, position`,
    ),
    sql<LinkRow>(`SELECT joint_case_id, department, record_type, record_id FROM joint_case_record_link`),
    sql<{ joint_case_id: string; level: string }>(
      `SELECT joint_case_id, level FROM early_warning WHERE status <> 'CLEARED'`,
    ),
  ]);
  const group = <T extends { joint_case_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.joint_case_id, [...(map.get(row.joint_case_id) ?? []), row]);
    return map;
  };
  return {
    now: new Date(),
    agreements,
    protections,
    cases: new Map(cases.map((c) => [c.id, c])),
    parties: group(parties.map((p) => ({ ...p, resident_id: p.resident_id?.trim() ?? null }))),
    links: group(links),
    openWarnings: new Map(warnings.map((w) => [w.joint_case_id, w.level])),
  };
}

export type Viewer = 'CENTRE' | 'LEAD' | 'PARTICIPANT' | 'OVERSIGHT';

export function viewerOf(caller: Caller, jointCase: CaseRow): Viewer {
  if (OVERSIGHT_ROLES.includes(caller.role)) return 'OVERSIGHT';
  if (caller.department === GOVERNANCE_CENTRE) return 'CENTRE';
  return jointCase.lead_department === caller.department ? 'LEAD' : 'PARTICIPANT';
}

export function seesCase(caller: Caller, jointCase: CaseRow): boolean {
  return (
    caller.department === GOVERNANCE_CENTRE ||
    jointCase.lead_department === caller.department ||
    jointCase.participating_departments.includes(caller.department)
  );
}

export const isOpen = (jointCase: CaseRow) => !FINISHED.includes(jointCase.status);

/** The request's purpose, then risk screening (the purpose reasons and links were drawn for). */
function purposesOf(caller: Caller): string[] {
  return [...new Set([caller.purpose, Purpose.RISK_SCREENING].filter((p): p is Purpose => p !== null))];
}

/** Active agreements from `provider` to the caller's body, for the caller's role and purposes, whose case scope holds. */
function agreementsFor(
  snap: Snapshot,
  caller: Caller,
  jointCase: CaseRow,
  provider: string,
  linked: boolean,
): AgreementRow[] {
  if (OVERSIGHT_ROLES.includes(caller.role)) return [];
  if (!isOpen(jointCase) || !seesCase(caller, jointCase)) return [];
  const purposes = purposesOf(caller);
  return snap.agreements.filter(
    (a) =>
      a.status === 'ACTIVE' &&
      a.valid_from.getTime() <= snap.now.getTime() &&
      snap.now.getTime() < a.valid_until.getTime() &&
      a.provider === provider &&
      a.consumer === caller.department &&
      purposes.includes(a.purpose) &&
      a.consumer_roles.includes(caller.role) &&
      (linked || a.scope === 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE'),
  );
}

/** Every field the risk rules read of one kind of a body's records. */
export function ruleFieldsOf(department: string, recordType: string): string[] {
  return [
    ...new Set(
      riskRules.flatMap((rule) =>
        (rule.sources ?? [])
          .filter((s) => s.department === department && s.recordType === recordType)
          .flatMap((s) => [...s.fields]),
      ),
    ),
  ];
}

/** The mask the centre's RISK_SCREENING agreement has for a field (what a reason was drawn with). */
function centreMaskOf(snap: Snapshot, department: string, recordType: string, field: string): Mask | undefined {
  return snap.agreements
    .filter(
      (a) =>
        a.status === 'ACTIVE' &&
        a.provider === department &&
        a.consumer === GOVERNANCE_CENTRE &&
        a.purpose === Purpose.RISK_SCREENING,
    )
    .flatMap((a) => a.grants.filter((g) => g.recordType === recordType))
    .flatMap((g) => g.fields.filter((f) => f.field === field))
    .map((f) => f.mask)[0];
}

const linkedTo = (snap: Snapshot, jointCase: CaseRow, ref: StoredSource) =>
  (snap.links.get(jointCase.id) ?? []).some(
    (l) => l.department === ref.department && l.record_type === ref.recordType && l.record_id === ref.recordId,
  );

/** May the caller see what a reason reveals of this cited record? */
export function sourceShown(snap: Snapshot, caller: Caller, jointCase: CaseRow, source: StoredSource): boolean {
  if (source.department === caller.department) return true;
  const fields = ruleFieldsOf(source.department, source.recordType);
  return agreementsFor(snap, caller, jointCase, source.department, linkedTo(snap, jointCase, source)).some(
    (agreement) => {
      const grant = agreement.grants.find((g) => g.recordType === source.recordType);
      if (!grant) return false;
      return fields.every((field) => {
        const granted = grant.fields.find((f) => f.field === field);
        return (
          granted !== undefined &&
          (granted.mask === Mask.NONE ||
            granted.mask === centreMaskOf(snap, source.department, source.recordType, field))
        );
      });
    },
  );
}

export interface ShownReason {
  rule: string;
  withheld: boolean;
  department: string | null;
  level: string;
  description: string;
  source: StoredSource | null;
}

/** Shown in full, or the marker of a withheld reason (its original kept to check nothing of it leaks). */
export type ExpectedReason =
  | { withheld: false; shown: ShownReason }
  | { withheld: true; level: string; department: string | null; original: StoredReason };

/** A cited record in the API's member order (jsonb keeps its own order). */
const sourceOf = (s: StoredSource | null | undefined): StoredSource | null =>
  s ? { department: s.department, recordType: s.recordType, recordId: s.recordId } : null;

/** The reasons (or, with `care`, the care markers) of a case as the caller should see them. */
export function expectedReasons(snap: Snapshot, caller: Caller, jointCase: CaseRow, care = false): ExpectedReason[] {
  const viewer = viewerOf(caller, jointCase);
  return jointCase.risk_reasons
    .filter((reason) => Boolean(reason.care) === care)
    .map((reason): ExpectedReason => {
      const sources = reason.sources ?? (reason.source ? [reason.source] : []);
      if (sources.length === 0) {
        const visible = reason.rule !== 'vulnerable-party-age' || viewer !== 'OVERSIGHT';
        return visible
          ? {
              withheld: false,
              shown: {
                rule: reason.rule,
                withheld: false,
                department: null,
                level: reason.level,
                description: reason.description,
                source: sourceOf(reason.source),
              },
            }
          : { withheld: true, level: reason.level, department: null, original: reason };
      }
      const department = sources[0].department;
      const visible = sources.every((s) => sourceShown(snap, caller, jointCase, s));
      return visible
        ? {
            withheld: false,
            shown: {
              rule: reason.rule,
              withheld: false,
              department,
              level: reason.level,
              description: reason.description,
              source: sourceOf(reason.source),
            },
          }
        : { withheld: true, level: reason.level, department, original: reason };
    });
}

/**
 * What a withheld reason's description must not contain of the original: its Chinese phrases,
 * numbers (dates, counts, ages), masked names and the records it cites.
 */
export function leakedParts(description: string, original: StoredReason): string[] {
  const sources = original.sources ?? (original.source ? [original.source] : []);
  const parts = [
    ...(original.description.match(/[\u4e00-\u9fff]{2,}/g) ?? []),
    ...(original.description.match(/\d{2,}/g) ?? []),
    ...(original.description.match(/\S*\*+\S*/g) ?? []),
    ...sources.map((s) => s.recordId),
    ...sources.map((s) => s.recordType),
    original.rule,
  ];
  return [...new Set(parts)].filter((part) => description.includes(part));
}

/** A party's particular as expected: its value, or withheld (null with FORBIDDEN_BY_AGREEMENT). */
export type ExpectedValue = { withheld: false; value: string | null } | { withheld: true };

export interface ExpectedParty {
  id: string;
  name: ExpectedValue;
  residentId: ExpectedValue;
  mobile: ExpectedValue;
  address: ExpectedValue;
}

const isMinor = (party: PartyRow, now: Date) =>
  party.resident_id !== null && isMinorByResidentId(party.resident_id, now);
/** Marked protected, and not by the caller's body: each body that marked her owns a mark and sees her as its standing allows. */
const markedAgainst = (snap: Snapshot, caller: Caller, party: PartyRow) => {
  const marks = snap.protections.filter(
    (p) => party.resident_id_hash !== null && p.resident_id_hash === party.resident_id_hash,
  );
  return marks.length > 0 && !marks.some((p) => p.marked_by_department === caller.department);
};

/** Is the party protected from this caller (a minor, or marked only by bodies other than the caller's)? */
export function protectedFrom(snap: Snapshot, caller: Caller, party: PartyRow): boolean {
  return isMinor(party, snap.now) || markedAgainst(snap, caller, party);
}

type Shape = ((value: string) => string) | null;
const AS_STORED: Shape = (v) => v;

export function expectedParties(snap: Snapshot, caller: Caller, jointCase: CaseRow): ExpectedParty[] {
  const viewer = viewerOf(caller, jointCase);
  return (snap.parties.get(jointCase.id) ?? []).map((party) => {
    const shape: Record<'name' | 'residentId' | 'mobile' | 'address', Shape> = {
      CENTRE: { name: AS_STORED, residentId: AS_STORED, mobile: AS_STORED, address: AS_STORED },
      LEAD: { name: AS_STORED, residentId: AS_STORED, mobile: AS_STORED, address: AS_STORED },
      PARTICIPANT: { name: AS_STORED, residentId: maskResidentId, mobile: maskMobile, address: maskAddressToCommunity },
      OVERSIGHT: { name: maskName, residentId: null, mobile: null, address: null },
    }[viewer];
    if (viewer !== 'CENTRE') {
      if (isMinor(party, snap.now)) {
        shape.name = minorName;
        if (shape.residentId !== null) shape.residentId = maskResidentId;
        shape.mobile = null;
        shape.address = null;
      }
      if (markedAgainst(snap, caller, party)) {
        shape.mobile = null;
        shape.address = null;
      }
    }
    const value = (field: keyof typeof shape, stored: string | null): ExpectedValue => {
      if (stored === null) return { withheld: false, value: null };
      const f = shape[field];
      return f === null ? { withheld: true } : { withheld: false, value: f(stored) };
    };
    return {
      id: party.id,
      name: value('name', party.name),
      residentId: value('residentId', party.resident_id),
      mobile: value('mobile', party.mobile),
      address: value('address', party.address),
    };
  });
}

function anyProtected(snap: Snapshot, caller: Caller, jointCase: CaseRow): boolean {
  return (snap.parties.get(jointCase.id) ?? []).some((p) => protectedFrom(snap, caller, p));
}

export function expectedPlace(snap: Snapshot, caller: Caller, jointCase: CaseRow): ExpectedValue {
  if (jointCase.place === null) return { withheld: false, value: null };
  const viewer = viewerOf(caller, jointCase);
  if (viewer === 'CENTRE') return { withheld: false, value: jointCase.place };
  if (viewer === 'OVERSIGHT' || anyProtected(snap, caller, jointCase)) return { withheld: true };
  return { withheld: false, value: viewer === 'LEAD' ? jointCase.place : maskAddressToCommunity(jointCase.place) };
}

/** Free text (description, title, …): as stored to the centre and an unprotected lead, contact-masked otherwise. */
export function expectedFreeText(
  snap: Snapshot,
  caller: Caller,
  jointCase: CaseRow,
  value: string | null,
): string | null {
  if (value === null) return null;
  const viewer = viewerOf(caller, jointCase);
  if (viewer === 'CENTRE') return value;
  if (viewer === 'LEAD' && !anyProtected(snap, caller, jointCase)) return value;
  return scrubContacts(value);
}

export interface ExpectedLinks {
  shown: string[];
  withheld: Array<{ department: string; count: number }>;
}

export const linkKey = (l: { department: string; recordType: string; recordId: string }) =>
  `${l.department}/${l.recordType}/${l.recordId}`;

export function expectedLinks(snap: Snapshot, caller: Caller, jointCase: CaseRow): ExpectedLinks {
  const shown: string[] = [];
  const withheld = new Map<string, number>();
  for (const link of snap.links.get(jointCase.id) ?? []) {
    const known =
      link.department === caller.department ||
      agreementsFor(snap, caller, jointCase, link.department, true).some((a) =>
        a.grants.some((g) => g.recordType === link.record_type),
      );
    if (known)
      shown.push(linkKey({ department: link.department, recordType: link.record_type, recordId: link.record_id }));
    else withheld.set(link.department, (withheld.get(link.department) ?? 0) + 1);
  }
  return {
    shown: shown.sort(),
    withheld: [...withheld]
      .map(([department, count]) => ({ department, count }))
      .sort((a, b) => a.department.localeCompare(b.department)),
  };
}

const RANK: Record<string, number> = { RED: 0, ORANGE: 1 };

/** Open cases whose early warning is not cleared that the caller's body sees, most urgent warning first. */
export function expectedEarlyWarnings(snap: Snapshot, caller: Caller): CaseRow[] {
  return [...snap.cases.values()]
    .filter((c) => snap.openWarnings.has(c.id) && isOpen(c) && seesCase(caller, c))
    .sort(
      (a, b) =>
        RANK[snap.openWarnings.get(a.id)!] - RANK[snap.openWarnings.get(b.id)!] ||
        a.created_at.getTime() - b.created_at.getTime(),
    );
}

/** One request to the hub with the headers a client sends; the response's x-request-id kept. */
export async function post<T = any>(
  hub: TestHub,
  token: string,
  query: string,
  options: {
    variables?: Record<string, unknown>;
    purpose?: string | null;
    jointCaseId?: string;
    requestId?: string;
  } = {},
): Promise<{
  status: number;
  requestId: string;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
    extensions?: Record<string, any>;
  };
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (options.purpose) headers['x-purpose'] = options.purpose;
  if (options.jointCaseId) headers['x-joint-case-id'] = options.jointCaseId;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  const response = await fetch(hub.hub.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? '',
    body: (await response.json()) as any,
  };
}

/** Runs `work` over `items`, at most `limit` at a time (the machine is shared). */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

/** Assesses cases as the governance centre's clerk, for risk screening, through the API. */
export async function assessAsCentre(hub: TestHub, ids: readonly string[]): Promise<void> {
  const token = await hub.token(GOVERNANCE_CENTRE, Role.CLERK, 'centre-clerk');
  await inBatches(ids, 3, async (id) => {
    const result = await post(hub, token, `mutation($id: ID!) { reassessJointCaseRisk(id: $id) { id } }`, {
      variables: { id },
      purpose: Purpose.RISK_SCREENING,
    });
    if (result.body.errors?.length) throw new Error(`assessing ${id}: ${JSON.stringify(result.body.errors)}`);
  });
}
