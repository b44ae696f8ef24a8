import { RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/**
 * Community-correction subject (社区矫正对象): a party the judicial office supervises under
 * community correction whose term has not ended (COMMUNITY_CORRECTION_SUBJECT, `endsOn` today or
 * later) → ORANGE, one reason per record. Why: a dispute involving a person serving a sentence in
 * the community is a known path from a civil quarrel to a crime (民转刑), and the judicial office
 * must be told (《社区矫正法》第二十三条, supervision and reporting of the subject's conduct).
 * Needs `endsOn` granted for RISK_SCREENING; reveals nothing else of the record.
 */
export const communityCorrectionRule: RiskRule = {
  name: 'community-correction',
  sources: [{ department: 'JUDICIAL_OFFICE', recordType: 'COMMUNITY_CORRECTION_SUBJECT', fields: ['endsOn'] }],
  assess(facts) {
    const today = facts.now.toISOString().slice(0, 10);
    return recordsOf(facts, 'JUDICIAL_OFFICE', 'COMMUNITY_CORRECTION_SUBJECT')
      .filter((r) => typeof r.value('endsOn') === 'string' && String(r.value('endsOn')) >= today)
      .map((r) => {
        const who = labelsOf(partiesNamedIn(facts, r));
        return reason(
          'community-correction',
          RiskLevel.ORANGE,
          `社区矫正对象（司法所）：${who.zh} (under community correction, judicial office: ${who.en})`,
          [r],
        );
      });
  },
};
