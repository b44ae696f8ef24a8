import { RiskLevel } from '../risk.model';
import { reason, type RiskRule } from '../risk-rule';

/** Categories that carry a level of their own. */
export const CATEGORY_LEVELS: Readonly<Record<string, RiskLevel>> = {
  DOMESTIC_VIOLENCE: RiskLevel.ORANGE,
};

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  DOMESTIC_VIOLENCE: '家庭暴力 (domestic violence)',
};

/** Category (纠纷类别): a domestic-violence dispute is ORANGE whatever else is known. */
export const categoryRule: RiskRule = {
  name: 'category',
  assess({ jointCase }) {
    const level = CATEGORY_LEVELS[jointCase.category];
    if (!level) return [];
    return [reason('category', level, `纠纷类别：${CATEGORY_LABELS[jointCase.category] ?? jointCase.category}`)];
  },
};
