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

registerEnumType(Purpose, {
  name: 'Purpose',
  description: "Why a body reads another body's records (查阅目的).",
  valuesConfig: {
    JOINT_MEDIATION: { description: 'Joint mediation of a case (联合调解).' },
    RISK_SCREENING: { description: 'Risk screening (风险研判).' },
    STATISTICS: { description: 'Statistics (统计分析).' },
  },
});
registerEnumType(AgreementScope, {
  name: 'AgreementScope',
  description: "Which of the provider's records an agreement reaches (协议范围).",
  valuesConfig: {
    RECORDS_LINKED_TO_PARTICIPATING_CASE: {
      description: 'Records linked to an open joint case the consumer takes part in (关联案件记录).',
    },
    RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE: {
      description: 'Records of a party to an open joint case the consumer takes part in (案件当事人记录).',
    },
  },
});
registerEnumType(Mask, {
  name: 'Mask',
  description: 'How a granted field is shown to the consuming body (脱敏方式).',
  valuesConfig: {
    NONE: { description: 'As the owner holds it (不脱敏).' },
    RESIDENT_ID: { description: '110105********1234 (身份证号脱敏).' },
    MOBILE: { description: '138****5678 (手机号脱敏).' },
    NAME: { description: '张* / 欧阳** (姓名脱敏).' },
    ADDRESS_TO_COMMUNITY: { description: 'Down to the community or grid (地址至社区).' },
    DATE_TO_YEAR_MONTH: { description: '2026-05 (日期至年月).' },
    CONTACTS_IN_TEXT: { description: 'Free text with ID, phone and room numbers masked (文本中联系方式脱敏).' },
    MINOR_NAME: { description: "A minor's name as surname + 某 (未成年人姓名)." },
  },
});
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement stands (协议状态).',
  valuesConfig: {
    DRAFT: { description: 'Drafted, not yet approved by both chiefs (草拟).' },
    ACTIVE: { description: 'In force (生效).' },
    SUSPENDED: { description: 'Suspended (暂停).' },
    REVOKED: { description: 'Revoked (撤销).' },
    EXPIRED: { description: 'Past its validity period (过期).' },
  },
});

/** One field of one record type, and how it is shown. Paths name list items' fields as `parties.name`. */
export interface FieldGrant {
  field: string;
  mask: Mask;
}

export interface RecordTypeGrant {
  recordType: string;
  fields: FieldGrant[];
}
