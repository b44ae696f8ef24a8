import { registerEnumType } from 'type-graphql';

export enum DisputeCategory {
  NEIGHBOUR = 'NEIGHBOUR',
  FAMILY_MARRIAGE = 'FAMILY_MARRIAGE',
  DOMESTIC_VIOLENCE = 'DOMESTIC_VIOLENCE',
  LAND_HOUSING = 'LAND_HOUSING',
  WAGES = 'WAGES',
  CONSUMER = 'CONSUMER',
  MEDICAL = 'MEDICAL',
  OTHER = 'OTHER',
  /** 山林土地 */
  FOREST_LAND = 'FOREST_LAND',
  /** 物业纠纷 */
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  /** 道路交通事故 */
  ROAD_TRAFFIC = 'ROAD_TRAFFIC',
  /** 民间借贷 */
  PRIVATE_LENDING = 'PRIVATE_LENDING',
  /** 合同纠纷 */
  CONTRACT = 'CONTRACT',
  /** 征地拆迁 */
  LAND_REQUISITION = 'LAND_REQUISITION',
  /** 损害赔偿 */
  DAMAGES = 'DAMAGES',
}

export enum SourceChannel {
  WALK_IN = 'WALK_IN',
  POLICE_110_REFERRAL = 'POLICE_110_REFERRAL',
  COURT_PRE_LITIGATION_REFERRAL = 'COURT_PRE_LITIGATION_REFERRAL',
  PETITION = 'PETITION',
  GRID_SCREENING = 'GRID_SCREENING',
  /** 来电 */
  PHONE_CALL = 'PHONE_CALL',
  /** 12345 热线 */
  HOTLINE_12345 = 'HOTLINE_12345',
  /** 网上信访 */
  ONLINE_PETITION = 'ONLINE_PETITION',
  /** 部门移送 */
  DEPARTMENT_TRANSFER = 'DEPARTMENT_TRANSFER',
  /** 领导交办 */
  LEADERSHIP_ASSIGNED = 'LEADERSHIP_ASSIGNED',
  /** 12338 妇女维权热线 */
  WOMENS_HOTLINE_12338 = 'WOMENS_HOTLINE_12338',
  /** 12315 消费者投诉热线 */
  CONSUMER_HOTLINE_12315 = 'CONSUMER_HOTLINE_12315',
}

export enum Urgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  RELATED_PERSON = 'RELATED_PERSON',
}

export enum ReferralChannel {
  LITIGATION = 'LITIGATION',
  ARBITRATION = 'ARBITRATION',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  PETITION = 'PETITION',
  OTHER = 'OTHER',
  /** 行政复议 */
  ADMINISTRATIVE_RECONSIDERATION = 'ADMINISTRATIVE_RECONSIDERATION',
}

registerEnumType(DisputeCategory, {
  name: 'DisputeCategory',
  description: '矛盾纠纷类别 (the Chinese label a centre prints is in the labels module and the README).',
  valuesConfig: {
    NEIGHBOUR: { description: '邻里纠纷' },
    FAMILY_MARRIAGE: { description: '婚姻家庭' },
    DOMESTIC_VIOLENCE: { description: '家庭暴力' },
    LAND_HOUSING: { description: '房屋宅基地' },
    WAGES: { description: '劳动争议/欠薪' },
    CONSUMER: { description: '消费纠纷' },
    MEDICAL: { description: '医疗纠纷' },
    OTHER: { description: '其他' },
    FOREST_LAND: { description: '山林土地' },
    PROPERTY_MANAGEMENT: { description: '物业纠纷' },
    ROAD_TRAFFIC: { description: '道路交通事故' },
    PRIVATE_LENDING: { description: '民间借贷' },
    CONTRACT: { description: '合同纠纷' },
    LAND_REQUISITION: { description: '征地拆迁' },
    DAMAGES: { description: '损害赔偿' },
  },
});
registerEnumType(SourceChannel, {
  name: 'SourceChannel',
  description: 'How the dispute reached the centre (来源渠道).',
  valuesConfig: {
    WALK_IN: { description: '来访' },
    POLICE_110_REFERRAL: { description: '110 移交 (警调对接)' },
    COURT_PRE_LITIGATION_REFERRAL: { description: '法院委派（诉前）(诉调对接)' },
    PETITION: { description: '信访转办 (访调对接)' },
    GRID_SCREENING: { description: '网格上报' },
    PHONE_CALL: { description: '来电' },
    HOTLINE_12345: { description: '12345 热线' },
    ONLINE_PETITION: { description: '网上信访' },
    DEPARTMENT_TRANSFER: { description: '部门移送' },
    LEADERSHIP_ASSIGNED: { description: '领导交办' },
    WOMENS_HOTLINE_12338: { description: '12338 妇女维权热线' },
    CONSUMER_HOTLINE_12315: { description: '12315 消费者投诉热线' },
  },
});
registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'How urgent the dispute is (紧急程度).',
  valuesConfig: {
    NORMAL: { description: 'Ordinary (一般).' },
    URGENT: { description: 'Urgent (紧急): raises the risk level.' },
  },
});
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: "A party's role in a joint case (当事人身份).",
  valuesConfig: {
    APPLICANT: { description: 'Applicant (申请人).' },
    RESPONDENT: { description: 'Respondent (被申请人).' },
    RELATED_PERSON: { description: 'A related person (关系人).' },
  },
});
registerEnumType(ReferralChannel, {
  name: 'ReferralChannel',
  description: 'Where a dispute goes when mediation is not its channel or did not settle it (依法导入).',
  valuesConfig: {
    LITIGATION: { description: '诉讼' },
    ARBITRATION: { description: '仲裁 (e.g. 劳动人事争议仲裁)' },
    ADMINISTRATIVE: { description: '行政处理' },
    PETITION: { description: '信访程序' },
    OTHER: { description: '其他渠道' },
    ADMINISTRATIVE_RECONSIDERATION: { description: '行政复议' },
  },
});

/**
 * Days from assignment to the deadline, by category, when the assigning chief sets none.
 * People's mediation is to finish within 30 days (人民调解法); urgent kinds get less.
 */
export const DEFAULT_DEADLINE_DAYS: Record<DisputeCategory, number> = {
  DOMESTIC_VIOLENCE: 7,
  NEIGHBOUR: 15,
  WAGES: 15,
  CONSUMER: 15,
  FAMILY_MARRIAGE: 30,
  LAND_HOUSING: 30,
  MEDICAL: 30,
  OTHER: 30,
  FOREST_LAND: 30,
  PROPERTY_MANAGEMENT: 15,
  ROAD_TRAFFIC: 30,
  PRIVATE_LENDING: 30,
  CONTRACT: 30,
  LAND_REQUISITION: 30,
  DAMAGES: 30,
};

/** Days after the outcome within which the follow-up (回访) is due. */
export const FOLLOW_UP_DAYS = 30;

/** 人民调解法 第三十三条: the parties may apply for judicial confirmation within 30 days of the agreement taking effect. */
export const JUDICIAL_CONFIRMATION_WINDOW_DAYS = 30;
