import { escalationReasons, highestLevel, raiseLevel, RiskLevel } from '../risk.model';
import { reason, type RiskRule } from '../risk-rule';

/**
 * Urgency (紧急): a case taken in as URGENT is one step above what every other rule gives
 * (BLUE → YELLOW → ORANGE → RED). Runs last; its reason carries the raised level, so the
 * case's level (the highest of its reasons) is the raised one.
 */
export const urgencyRule: RiskRule = {
  name: 'urgency',
  assess({ jointCase }, earlier) {
    if (jointCase.urgency !== 'URGENT') return [];
    const before = highestLevel(escalationReasons(earlier).map((r) => r.level));
    const after = raiseLevel(before);
    if (before === RiskLevel.RED)
      return [reason('urgency', RiskLevel.RED, '紧急：已为最高等级 RED (urgent: already at the highest level, RED)')];
    return [
      reason(
        'urgency',
        after,
        `紧急：等级上调一级 ${before} → ${after} (urgent: level raised one step, ${before} → ${after})`,
      ),
    ];
  },
};
