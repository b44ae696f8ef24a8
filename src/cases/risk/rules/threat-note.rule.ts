import { RiskLevel } from '../risk.model';
import { labelsOf, partiesNamedIn, reason, recordsOf, type RiskRule } from '../risk-rule';

/**
 * What a grid worker writes when a party threatens harm: revenge, suicide, self-harm or an
 * extreme act (扬言报复 / 扬言自杀 / 极端). "扬言上访" (a threat to petition) is not among them.
 */
export const THREAT_PATTERNS: readonly RegExp[] = [
  /扬言.{0,6}(报复|自杀|自残|跳楼|杀|砍|烧|炸|同归于尽|拼命)/,
  /极端/,
  /同归于尽/,
  /(轻生|自杀)(念头|倾向)/,
];

/**
 * Threats noted by grid workers (扬言报复/自杀/极端): a dispute screening entry of the security
 * committee (GRID_SCREENING_ENTRY) naming a party whose risk note records a threat → RED, one
 * reason per entry. Why: a threat of revenge, suicide or an extreme act is the sign most often
 * found before a dispute turned violent (民转刑), and it is the grid worker who hears it first.
 * Needs `riskNote` granted for RISK_SCREENING; the reason never quotes the note.
 */
export const threatNoteRule: RiskRule = {
  name: 'threat-noted',
  sources: [
    { department: 'SECURITY_COMMITTEE', recordType: 'GRID_SCREENING_ENTRY', fields: ['riskNote', 'screenedOn'] },
  ],
  assess(facts) {
    return recordsOf(facts, 'SECURITY_COMMITTEE', 'GRID_SCREENING_ENTRY')
      .filter((r) => {
        const note = r.value('riskNote');
        return typeof note === 'string' && THREAT_PATTERNS.some((p) => p.test(note));
      })
      .map((r) => {
        const who = labelsOf(partiesNamedIn(facts, r));
        return reason(
          'threat-noted',
          RiskLevel.RED,
          `网格员记录扬言或极端言行（治保会）：${who.zh} (threat of harm noted by a grid worker, security committee: ${who.en})`,
          [r],
        );
      });
  },
};
