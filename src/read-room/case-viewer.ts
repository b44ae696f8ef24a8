import { Mask } from '../agreements/agreement.enums';
import { type FieldDecision, fieldDecisionOfMask } from '../agreements/field-decision';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../auth/actor';

/**
 * How a caller stands to a joint case, for the personal data the hub itself holds about it
 * (parties, place, description and the other free text). Agreements govern the bodies' records;
 * this table governs the case's own data, which the centre took in at its window.
 *
 * - CENTRE: the governance centre's handlers, who took the case in and own it.
 * - LEAD: the lead body's handlers, who mediate it.
 * - PARTICIPANT: the handlers of another body taking part.
 * - OVERSIGHT: administrators and auditors of any body, the centre's included: they run or
 *   check the system and need no one's contact details.
 */
export type CaseViewer = 'CENTRE' | 'LEAD' | 'PARTICIPANT' | 'OVERSIGHT';

const HANDLER_ROLES: readonly Role[] = [Role.CLERK, Role.MEDIATOR, Role.CHIEF, Role.SUPERVISOR];

export function caseViewerOf(actor: Actor, jointCase: { leadDepartment: string | null }): CaseViewer {
  if (!HANDLER_ROLES.includes(actor.role)) return 'OVERSIGHT';
  if (actor.department === GOVERNANCE_CENTRE) return 'CENTRE';
  return jointCase.leadDepartment === actor.department ? 'LEAD' : 'PARTICIPANT';
}

/** A field of the case's own data, and how a viewer sees it: a mask, or null for withheld. */
export type CaseFieldAccess = Mask | null;

export type PartyField =
  | 'name'
  | 'residentId'
  | 'mobile'
  | 'address'
  | 'documentNumber'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'legalRepresentative'
  | 'agentName'
  | 'agentRelation';

/** The governed particulars of a party, in the order they are decided and recorded. */
export const PARTY_FIELDS: readonly PartyField[] = [
  'name',
  'residentId',
  'mobile',
  'address',
  'documentNumber',
  'gender',
  'ethnicity',
  'birthDate',
  'legalRepresentative',
  'agentName',
  'agentRelation',
];

/**
 * A party's particulars by viewer (README, "The hub's own data"). Another document's number is
 * shown like a resident ID number; 出生日期 only where the ID number is shown in full; the
 * names of a representative or agent like a party's name.
 */
export const PARTY_FIELD_ACCESS: Record<CaseViewer, Record<PartyField, CaseFieldAccess>> = {
  CENTRE: {
    name: Mask.NONE,
    residentId: Mask.NONE,
    mobile: Mask.NONE,
    address: Mask.NONE,
    documentNumber: Mask.NONE,
    gender: Mask.NONE,
    ethnicity: Mask.NONE,
    birthDate: Mask.NONE,
    legalRepresentative: Mask.NONE,
    agentName: Mask.NONE,
    agentRelation: Mask.NONE,
  },
  LEAD: {
    name: Mask.NONE,
    residentId: Mask.NONE,
    mobile: Mask.NONE,
    address: Mask.NONE,
    documentNumber: Mask.NONE,
    gender: Mask.NONE,
    ethnicity: Mask.NONE,
    birthDate: Mask.NONE,
    legalRepresentative: Mask.NONE,
    agentName: Mask.NONE,
    agentRelation: Mask.NONE,
  },
  PARTICIPANT: {
    name: Mask.NONE,
    residentId: Mask.RESIDENT_ID,
    mobile: Mask.MOBILE,
    address: Mask.ADDRESS_TO_COMMUNITY,
    documentNumber: Mask.RESIDENT_ID,
    gender: Mask.NONE,
    ethnicity: Mask.NONE,
    birthDate: null,
    legalRepresentative: Mask.NONE,
    agentName: Mask.NONE,
    agentRelation: Mask.NONE,
  },
  OVERSIGHT: {
    name: Mask.NAME,
    residentId: null,
    mobile: null,
    address: null,
    documentNumber: null,
    gender: null,
    ethnicity: null,
    birthDate: null,
    legalRepresentative: Mask.NAME,
    agentName: Mask.NAME,
    agentRelation: null,
  },
};

/**
 * The case's text fields by viewer. Each may hold an address or a contact: `place` is treated
 * as an address, the rest as free text whose contact details are masked.
 */
export type CaseTextField = 'title' | 'place' | 'description' | 'agreementTerms' | 'failureReason' | 'followUpNote';
export const CASE_TEXT_FIELDS: readonly CaseTextField[] = [
  'title',
  'place',
  'description',
  'agreementTerms',
  'failureReason',
  'followUpNote',
];

const FREE_TEXT: Record<CaseViewer, CaseFieldAccess> = {
  CENTRE: Mask.NONE,
  LEAD: Mask.NONE,
  PARTICIPANT: Mask.CONTACTS_IN_TEXT,
  OVERSIGHT: Mask.CONTACTS_IN_TEXT,
};

export function caseTextAccess(viewer: CaseViewer, field: CaseTextField): CaseFieldAccess {
  if (field === 'place')
    return { CENTRE: Mask.NONE, LEAD: Mask.NONE, PARTICIPANT: Mask.ADDRESS_TO_COMMUNITY, OVERSIGHT: null }[viewer];
  // A title names the dispute for every list; it is free text like the rest.
  return FREE_TEXT[viewer];
}

/**
 * A protected person (a domestic-violence victim marked by a body, or a minor) among the
 * parties: their address and contact leave the hub only to the centre and to the bodies that
 * marked them. Everyone else gets the place withheld and every free text with contacts masked.
 */
export function protectedCaseTextAccess(field: CaseTextField, access: CaseFieldAccess): CaseFieldAccess {
  if (access === null) return null;
  if (field === 'place') return null;
  return access === Mask.NONE ? Mask.CONTACTS_IN_TEXT : access;
}

export function fieldDecisionOf(access: CaseFieldAccess): FieldDecision {
  return fieldDecisionOfMask(access);
}
