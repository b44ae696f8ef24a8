import { registerEnumType } from 'type-graphql';

/** Why a body reads another body's records. An agreement grants for exactly one purpose. */
export enum Purpose {
  JOINT_MEDIATION = 'JOINT_MEDIATION',
  RISK_SCREENING = 'RISK_SCREENING',
  STATISTICS = 'STATISTICS',
}

/** Which of the provider's records an agreement reaches. Both bind it to open joint cases the consumer takes part in. */
export enum AgreementScope {
  /** Only records linked to an open joint case in which the consumer takes part. */
  RECORDS_LINKED_TO_PARTICIPATING_CASE = 'RECORDS_LINKED_TO_PARTICIPATING_CASE',
  /** Records of a person who is a party to an open joint case in which the consumer takes part. */
  RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE = 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE',
}

/** How a granted field is shown to the consumer. */
export enum Mask {
  /** As the owner holds it. */
  NONE = 'NONE',
  /** 110105********1234 */
  RESIDENT_ID = 'RESIDENT_ID',
  /** 138****5678 */
  MOBILE = 'MOBILE',
  /** 张* / 欧阳** */
  NAME = 'NAME',
  /** Down to the community (社区) or grid; no building, unit or room. */
  ADDRESS_TO_COMMUNITY = 'ADDRESS_TO_COMMUNITY',
  /** 2026-05 */
  DATE_TO_YEAR_MONTH = 'DATE_TO_YEAR_MONTH',
  /** Free text with resident ID, phone and building/unit/room numbers masked (see scrubContacts). */
  CONTACTS_IN_TEXT = 'CONTACTS_IN_TEXT',
  /** A minor's name as published: surname + 某 (张某). */
  MINOR_NAME = 'MINOR_NAME',
}

/** Stored lifecycle states; EXPIRED is derived from the validity period. */
export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(Purpose, { name: 'Purpose', description: 'Why a body reads another body\'s records.' });
registerEnumType(AgreementScope, { name: 'AgreementScope' });
registerEnumType(Mask, { name: 'Mask', description: 'How a granted field is shown to the consuming body.' });
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });
