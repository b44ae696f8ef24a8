import { registerEnumType } from 'type-graphql';
import { IdentityDocumentType } from '../common/identity-document';

/** 当事人类型. */
export enum PartyKind {
  NATURAL_PERSON = 'NATURAL_PERSON',
  LEGAL_PERSON = 'LEGAL_PERSON',
  UNINCORPORATED_ORGANISATION = 'UNINCORPORATED_ORGANISATION',
}

/** 性别 (of a natural person, derived from the resident ID number where there is one). */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** 会商/调解方式: the kind of a joint session. */
export enum SessionType {
  THREE_CHIEFS_CONSULTATION = 'THREE_CHIEFS_CONSULTATION',
  JOINT_MEDIATION = 'JOINT_MEDIATION',
  SEPARATE_MEDIATION = 'SEPARATE_MEDIATION',
  HEARING = 'HEARING',
}

/** 调解类型 of an agreement. */
export enum MediationType {
  PEOPLES = 'PEOPLES',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
  JUDICIAL_PRE_LITIGATION = 'JUDICIAL_PRE_LITIGATION',
  JUDICIAL_IN_LITIGATION = 'JUDICIAL_IN_LITIGATION',
  PROFESSIONAL = 'PROFESSIONAL',
}

/** 协议形式 (人民调解法 第二十八条: written, or oral with the mediator's record). */
export enum AgreementForm {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}

/** 履行状态 of an agreement, updated at follow-up. */
export enum PerformanceStatus {
  NOT_DUE = 'NOT_DUE',
  PERFORMED = 'PERFORMED',
  PARTLY_PERFORMED = 'PARTLY_PERFORMED',
  NOT_PERFORMED = 'NOT_PERFORMED',
}

/** 回访满意度. */
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

/** Where a 司法确认 stands. */
export enum JudicialConfirmationStatus {
  APPLIED = 'APPLIED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/** The printable documents of a case. */
export enum CaseDocumentKind {
  MEDIATION_AGREEMENT = 'MEDIATION_AGREEMENT',
  JUDICIAL_CONFIRMATION_APPLICATION = 'JUDICIAL_CONFIRMATION_APPLICATION',
}

registerEnumType(IdentityDocumentType, {
  name: 'IdentityDocumentType',
  description: '身份证件类型: the document a party is identified by; each number is checked by its own rule.',
  valuesConfig: {
    RESIDENT_ID: { description: '居民身份证 (GB 11643, ISO 7064 MOD 11-2 check character).' },
    UNIFIED_SOCIAL_CREDIT_CODE: {
      description: '统一社会信用代码 (GB 32100, 18 characters, MOD 31 check character): an organisation.',
    },
    HK_MACAO_PERMIT: { description: '港澳居民来往内地通行证: H or M and 8 digits (10 on older cards).' },
    TAIWAN_PERMIT: { description: '台湾居民来往大陆通行证: 8 digits.' },
    FOREIGNER_PERMANENT_RESIDENCE_ID: {
      description: '外国人永久居留身份证: 3 letters and 12 digits, or 18 digits starting with 9 (checked as GB 11643).',
    },
    PASSPORT: { description: '护照: 5 to 17 letters and digits.' },
  },
});
registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: '当事人类型.',
  valuesConfig: {
    NATURAL_PERSON: { description: '自然人' },
    LEGAL_PERSON: {
      description: '法人 (a hospital, a company, a property manager): identified by its 统一社会信用代码.',
    },
    UNINCORPORATED_ORGANISATION: {
      description: "非法人组织 (a partnership, an individual business's shop): identified by its 统一社会信用代码.",
    },
  },
});
registerEnumType(Gender, {
  name: 'Gender',
  description: '性别.',
  valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } },
});
registerEnumType(SessionType, {
  name: 'SessionType',
  description: 'The kind of a joint session (会商/调解方式).',
  valuesConfig: {
    THREE_CHIEFS_CONSULTATION: {
      description:
        '三长会商: the court (庭长), the police station (所长) and the judicial office (所长) must all attend.',
    },
    JOINT_MEDIATION: { description: '联合调解' },
    SEPARATE_MEDIATION: { description: '背靠背调解: the parties are heard apart (the rule in domestic violence).' },
    HEARING: { description: '听证评理' },
  },
});
registerEnumType(MediationType, {
  name: 'MediationType',
  description: '调解类型.',
  valuesConfig: {
    PEOPLES: { description: '人民调解' },
    ADMINISTRATIVE: { description: '行政调解' },
    PUBLIC_SECURITY: { description: '治安调解' },
    JUDICIAL_PRE_LITIGATION: { description: '司法调解（诉前）' },
    JUDICIAL_IN_LITIGATION: { description: '司法调解（诉中）' },
    PROFESSIONAL: { description: '行业性专业性调解' },
  },
});
registerEnumType(AgreementForm, {
  name: 'AgreementForm',
  description: '协议形式.',
  valuesConfig: { WRITTEN: { description: '书面协议' }, ORAL: { description: '口头协议 (recorded by the mediator)' } },
});
registerEnumType(PerformanceStatus, {
  name: 'PerformanceStatus',
  description: '履行状态 of a mediation agreement, updated at follow-up (回访).',
  valuesConfig: {
    NOT_DUE: { description: '未到期' },
    PERFORMED: { description: '已履行' },
    PARTLY_PERFORMED: { description: '部分履行' },
    NOT_PERFORMED: { description: '未履行' },
  },
});
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: '回访满意度, recorded at follow-up.',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});
registerEnumType(JudicialConfirmationStatus, {
  name: 'JudicialConfirmationStatus',
  description: '司法确认 as steps: APPLIED, then CONFIRMED or REJECTED by the court.',
  valuesConfig: {
    APPLIED: { description: '已申请: both parties applied (申请日期 recorded).' },
    CONFIRMED: { description: "确认有效: the court's ruling (裁定书文号)." },
    REJECTED: { description: '驳回申请: the court refused, with its reason.' },
  },
});
registerEnumType(CaseDocumentKind, {
  name: 'CaseDocumentKind',
  description: 'A printable document of a case (.docx).',
  valuesConfig: {
    MEDIATION_AGREEMENT: { description: '人民调解协议书' },
    JUDICIAL_CONFIRMATION_APPLICATION: { description: '司法确认申请书' },
  },
});

export { IdentityDocumentType };
