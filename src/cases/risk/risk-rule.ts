import { isMinorByResidentId, maskName, minorName } from '../../common/masks';
import type { JointCasePartyEntity } from '../joint-case-party.entity';
import type { JointCaseEntity } from '../joint-case.entity';
import { RiskLevel, type RiskReason, type RiskSource, type RiskSourceProvenance } from './risk.model';

/** A kind of department record a rule reads, and the fields it needs of it. */
export interface RiskSourceKind {
  department: string;
  recordType: string;
  /** The fields the rule reads; a record whose needed field the agreement denies gives no reason. */
  fields: readonly string[];
}

/**
 * A record of one of the case's parties that another body holds, read live for risk screening
 * under the agreements (or as the owner). Only granted fields can be read.
 */
export interface HistoryRecord extends RiskSource {
  /** Resident ID numbers of the case's parties the record names. */
  residentIds: string[];
  /** What a reason citing this record reveals of it: the rules' fields as granted, and whom it names. */
  provenance: RiskSourceProvenance;
  /** The field's value (masked as the agreement says), or undefined when the agreement denies it. */
  value(path: string): unknown;
}

/** Everything a rule judges: the case as taken in, its parties, and what the other bodies hold. */
export interface RiskFacts {
  jointCase: JointCaseEntity;
  parties: JointCasePartyEntity[];
  history: HistoryRecord[];
  now: Date;
}

/**
 * One documented risk rule. Returns zero or more reasons, each with its level and a short
 * Chinese + English description; reasons drawn from department records name their source.
 * Rules run in one ordered list and see the reasons of the rules before them.
 */
export interface RiskRule {
  name: string;
  /** The department record kinds the rule reads; only kinds some rule names are read at all. */
  sources?: readonly RiskSourceKind[];
  assess(facts: RiskFacts, earlier: readonly RiskReason[]): RiskReason[];
}

export function reason(rule: string, level: RiskLevel, description: string, sources: RiskSource[] = []): RiskReason {
  const refs = sources.map(({ department, recordType, recordId }) => ({ department, recordType, recordId }));
  return { rule, level, description, source: refs[0] ?? null, ...(refs.length > 1 ? { sources: refs } : {}) };
}

/**
 * A care marker (关爱/帮扶): why a party needs care or help. Carries BLUE so it never raises a
 * level, and is stored and shown apart from the reasons that do.
 */
export function careMarker(rule: string, description: string, sources: RiskSource[] = []): RiskReason {
  return { ...reason(rule, RiskLevel.BLUE, description, sources), care: true };
}

/** The history records of one kind. */
export function recordsOf(facts: RiskFacts, department: string, recordType: string): HistoryRecord[] {
  return facts.history.filter((r) => r.department === department && r.recordType === recordType);
}

const ROLE_LABELS: Record<string, [string, string]> = {
  APPLICANT: ['申请人', 'applicant'],
  RESPONDENT: ['被申请人', 'respondent'],
  RELATED_PERSON: ['关系人', 'related person'],
};

/** A party as a reason names them: role and masked name, in Chinese and English (申请人 张* / applicant 张*). */
export function partyLabel(party: Pick<JointCasePartyEntity, 'role' | 'name'> & { residentId?: string | null }): {
  zh: string;
  en: string;
} {
  const [zh, en] = ROLE_LABELS[party.role] ?? ['当事人', 'party'];
  // A minor is never named beyond surname + 某, even masked.
  const name = party.residentId && isMinorByResidentId(party.residentId) ? minorName(party.name) : maskName(party.name);
  return { zh: `${zh} ${name}`, en: `${en} ${name}` };
}

/** The parties a record names (by resident ID), in the case's order. */
export function partiesNamedIn(facts: RiskFacts, record: HistoryRecord): JointCasePartyEntity[] {
  return facts.parties.filter((p) => p.residentId !== null && record.residentIds.includes(p.residentId));
}

/** Both languages of a list of party labels. */
export function labelsOf(parties: Array<Pick<JointCasePartyEntity, 'role' | 'name' | 'residentId'>>): {
  zh: string;
  en: string;
} {
  const labels = parties.map(partyLabel);
  return { zh: labels.map((l) => l.zh).join('、') || '当事人', en: labels.map((l) => l.en).join(', ') || 'a party' };
}

/** A date-valued field as a readable string, when granted and present. */
export function dateText(value: unknown): string | null {
  return typeof value === 'string' && value.length >= 7 ? value.slice(0, 10) : null;
}
