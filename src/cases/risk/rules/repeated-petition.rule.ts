import { RiskLevel } from '../risk.model';
import { dateText, labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/**
 * Repeated and skip-level petitions (重复访 / 越级访): a petition matter of the petitions bureau
 * (PETITION_MATTER) naming a party as petitioner, not resolved (化解), that is a skip-level
 * petition → ORANGE; a repeated one → YELLOW, or ORANGE from the deployment's number of earlier
 * petitions (default 3). One reason per matter. Why: a request brought again and again, or
 * carried past the level responsible, means the dispute is not settled where it arose; such
 * petitioners are the ones the 《信访工作条例》 asks local bodies to settle where the dispute
 * arose (属地管理、源头化解). Needs `repeated` or `skipLevel` granted for RISK_SCREENING.
 */
export function repeatedPetitionRuleWith(repeatedPetitions: number): RiskRule {
  return {
    name: 'repeated-petition',
    sources: [
      {
        department: 'PETITIONS',
        recordType: 'PETITION_MATTER',
        fields: ['repeated', 'skipLevel', 'earlierPetitions', 'resolution', 'registeredOn'],
      },
    ],
    assess(facts) {
      const reasons = [];
      for (const r of recordsOf(facts, 'PETITIONS', 'PETITION_MATTER')) {
        if (r.value('resolution') === 'RESOLVED') continue;
        const skip = r.value('skipLevel') === true;
        const repeated = r.value('repeated') === true;
        if (!skip && !repeated) continue;
        const earlier = typeof r.value('earlierPetitions') === 'number' ? (r.value('earlierPetitions') as number) : 0;
        const level = skip || earlier >= repeatedPetitions ? RiskLevel.ORANGE : RiskLevel.YELLOW;
        const who = labelsOf(partiesNamedIn(facts, r));
        const zh = [skip ? '越级访' : null, repeated ? `重复访${earlier > 0 ? `（此前 ${earlier} 次）` : ''}` : null]
          .filter(Boolean)
          .join('、');
        const en = [
          skip ? 'skip-level' : null,
          repeated ? `repeated${earlier > 0 ? ` (${earlier} times before)` : ''}` : null,
        ]
          .filter(Boolean)
          .join(' and ');
        const on = dateText(r.value('registeredOn'));
        reasons.push(
          reason(
            'repeated-petition',
            level,
            `${zh}（信访局${on ? `，${on}` : ''}）：${who.zh} (${en} petition, petitions bureau${on ? `, ${on}` : ''}: ${who.en})`,
            [r],
          ),
        );
      }
      return reasons;
    },
  };
}
