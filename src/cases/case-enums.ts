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

registerEnumType(DisputeCategory, { name: 'DisputeCategory', description: '矛盾纠纷类别.' });
registerEnumType(SourceChannel, { name: 'SourceChannel', description: 'How the dispute reached the centre.' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(PartyRole, { name: 'PartyRole' });
registerEnumType(ReferralChannel, { name: 'ReferralChannel', description: 'Where a dispute that mediation did not settle goes next.' });

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
