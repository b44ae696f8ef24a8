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
}

export enum SourceChannel {
  WALK_IN = 'WALK_IN',
  POLICE_110_REFERRAL = 'POLICE_110_REFERRAL',
  COURT_PRE_LITIGATION_REFERRAL = 'COURT_PRE_LITIGATION_REFERRAL',
  PETITION = 'PETITION',
  GRID_SCREENING = 'GRID_SCREENING',
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
}

registerEnumType(DisputeCategory, {
  name: 'DisputeCategory',
  description: 'The kind of dispute (矛盾纠纷类别).',
  valuesConfig: {
    NEIGHBOUR: { description: 'Between neighbours (邻里纠纷).' },
    FAMILY_MARRIAGE: { description: 'Family and marriage (婚姻家庭纠纷).' },
    DOMESTIC_VIOLENCE: { description: 'Domestic violence (家庭暴力纠纷): safety first.' },
    LAND_HOUSING: { description: 'Land and housing (土地房屋纠纷).' },
    WAGES: { description: 'Unpaid wages and labour (劳资纠纷).' },
    CONSUMER: { description: 'Consumer disputes (消费纠纷).' },
    MEDICAL: { description: 'Medical disputes (医疗纠纷).' },
    OTHER: { description: 'Any other kind (其他纠纷).' },
  },
});
registerEnumType(SourceChannel, {
  name: 'SourceChannel',
  description: 'How the dispute reached the centre (来源渠道).',
  valuesConfig: {
    WALK_IN: { description: 'A party came to the window (群众来访).' },
    POLICE_110_REFERRAL: { description: 'Handed over from a 110 call-out (110警情移交, 警调对接).' },
    COURT_PRE_LITIGATION_REFERRAL: { description: 'Delegated by the court before filing (法院诉前委派, 诉调对接).' },
    PETITION: { description: 'Referred from a petition (信访转办, 访调对接).' },
    GRID_SCREENING: { description: 'Found by a grid worker\'s screening (网格排查).' },
  },
});
registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'How urgent the dispute is (紧急程度).',
  valuesConfig: { NORMAL: { description: 'Ordinary (一般).' }, URGENT: { description: 'Urgent (紧急): raises the risk level.' } },
});
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'A party\'s role in a joint case (当事人身份).',
  valuesConfig: {
    APPLICANT: { description: 'Applicant (申请人).' },
    RESPONDENT: { description: 'Respondent (被申请人).' },
    RELATED_PERSON: { description: 'A related person (关系人).' },
  },
});
registerEnumType(ReferralChannel, {
  name: 'ReferralChannel',
  description: 'Where a dispute that mediation did not settle goes next (转办渠道).',
  valuesConfig: {
    LITIGATION: { description: 'To the court (转诉讼/立案).' },
    ARBITRATION: { description: 'To arbitration (转仲裁).' },
    ADMINISTRATIVE: { description: 'To an administrative body (转行政处理).' },
    PETITION: { description: 'To the petitions bureau (转信访).' },
    OTHER: { description: 'Elsewhere (转其他渠道).' },
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
};
