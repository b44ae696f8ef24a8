import { HubError } from '../../common/hub-error';
import {
  documentNumberProblem,
  IDENTITY_DOCUMENT_ZH,
  normaliseDocumentNumber,
  particularsFromResidentId,
} from '../../common/identity-document';
import { Gender, IdentityDocumentType, PartyKind } from '../case-domain-enums';
import type { IntakePartyInput } from '../workflow/workflow.type';

/** A party's row as the centre stores it, checked. */
export interface CheckedParty {
  role: string;
  name: string;
  kind: PartyKind;
  documentType: IdentityDocumentType;
  /** The resident ID number (RESIDENT_ID only). */
  residentId: string | null;
  /** Any other document's number. */
  documentNumber: string | null;
  /** What the keyed hash is computed over: the ID number itself (as before), else `TYPE:number`. */
  matchingKey: string;
  mobile: string | null;
  address: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: string | null;
  legalRepresentative: string | null;
  agentName: string | null;
  agentRelation: string | null;
  electedRepresentative: boolean;
}

/**
 * The key a party is matched by across bodies: (document type, number). A resident ID number
 * and a credit code are keyed by the number itself, as the bodies' own systems hold them in
 * their 证件号码 columns (a court's party table holds a company's credit code where it holds a
 * person's ID number), so the keyed hashes the bodies' records are linked by stay the same; any
 * other document is keyed as `TYPE:number`, so documents of different types never collide.
 */
export function matchingKeyOf(type: IdentityDocumentType, number: string): string {
  return type === IdentityDocumentType.RESIDENT_ID || type === IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
    ? number
    : `${type}:${number}`;
}

/**
 * Checks one party as the centre takes them in: the document by its type's rule, an
 * organisation by its credit code and representative, a natural person's 性别 and 出生日期
 * derived from a resident ID (a different value given is refused). Every refusal is
 * BAD_USER_INPUT naming the field (`parties[i].documentNumber`).
 */
export function checkIntakeParty(input: IntakePartyInput, index: number): CheckedParty {
  const at = (field: string) => ({ field: `parties[${index}].${field}` });
  const kind = input.kind ?? PartyKind.NATURAL_PERSON;
  let type = input.documentType ?? null;
  let raw = input.documentNumber ?? null;
  if (input.residentId) {
    if (type && type !== IdentityDocumentType.RESIDENT_ID)
      throw HubError.badInput(
        `Party ${index + 1}: residentId is a 居民身份证 number; give either it or another document`,
        at('residentId'),
      );
    if (raw && raw !== input.residentId)
      throw HubError.badInput(`Party ${index + 1}: residentId and documentNumber differ`, at('documentNumber'));
    type = IdentityDocumentType.RESIDENT_ID;
    raw = input.residentId;
  }
  if (!type || !raw)
    throw HubError.badInput(
      `Party ${index + 1} needs an identity document: documentType and documentNumber (or residentId)`,
      at('documentNumber'),
    );
  const number = normaliseDocumentNumber(type, raw);
  const problem = documentNumberProblem(type, number);
  if (problem)
    throw HubError.badInput(`Party ${index + 1}: the ${IDENTITY_DOCUMENT_ZH[type]} number ${problem}`, {
      ...at('documentNumber'),
      documentType: type,
    });

  const organisation = kind !== PartyKind.NATURAL_PERSON;
  if (organisation !== (type === IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE)) {
    throw HubError.badInput(
      organisation
        ? `Party ${index + 1}: an organisation (法人 / 非法人组织) is identified by its 统一社会信用代码`
        : `Party ${index + 1}: a 统一社会信用代码 identifies an organisation; give kind LEGAL_PERSON or UNINCORPORATED_ORGANISATION`,
      at('kind'),
    );
  }
  if (organisation && !input.legalRepresentative?.trim()) {
    throw HubError.badInput(
      `Party ${index + 1}: an organisation names its 法定代表人 / 主要负责人`,
      at('legalRepresentative'),
    );
  }
  if (organisation && (input.gender || input.ethnicity || input.birthDate)) {
    throw HubError.badInput(`Party ${index + 1}: 性别, 民族 and 出生日期 are a natural person's`, at('gender'));
  }

  let gender = input.gender ?? null;
  let birthDate = input.birthDate ?? null;
  if (type === IdentityDocumentType.RESIDENT_ID) {
    const derived = particularsFromResidentId(number);
    if (gender && gender !== derived.gender)
      throw HubError.badInput(`Party ${index + 1}: 性别 differs from the resident ID number`, at('gender'));
    if (birthDate && birthDate !== derived.birthDate)
      throw HubError.badInput(`Party ${index + 1}: 出生日期 differs from the resident ID number`, at('birthDate'));
    gender = derived.gender as Gender;
    birthDate = derived.birthDate;
  } else if (
    birthDate &&
    (Number.isNaN(Date.parse(`${birthDate}T00:00:00Z`)) || Date.parse(`${birthDate}T00:00:00Z`) > Date.now())
  ) {
    throw HubError.badInput(`Party ${index + 1}: 出生日期 is not a past date`, at('birthDate'));
  }

  return {
    role: input.role,
    name: input.name.trim(),
    kind,
    documentType: type,
    residentId: type === IdentityDocumentType.RESIDENT_ID ? number : null,
    documentNumber: type === IdentityDocumentType.RESIDENT_ID ? null : number,
    matchingKey: matchingKeyOf(type, number),
    mobile: input.mobile ?? null,
    address: input.address ?? null,
    gender,
    ethnicity: input.ethnicity?.trim() || null,
    birthDate,
    legalRepresentative: input.legalRepresentative?.trim() || null,
    agentName: input.agentName?.trim() || null,
    agentRelation: input.agentRelation?.trim() || null,
    electedRepresentative: input.electedRepresentative ?? false,
  };
}
