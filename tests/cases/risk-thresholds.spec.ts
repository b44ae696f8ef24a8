import { loadConfig } from '../../src/config/config';
import { ConfigurationError } from '../../src/config/config';
import type { JointCaseEntity } from '../../src/cases/joint-case.entity';
import { RiskLevel } from '../../src/cases/risk/risk.model';
import type { HistoryRecord, RiskFacts } from '../../src/cases/risk/risk-rule';
import { DEFAULT_RISK_THRESHOLDS } from '../../src/cases/risk/risk-thresholds';
import { buildRiskRules } from '../../src/cases/risk/rules';
import { springFestivalAhead, wageArrearsRuleWith } from '../../src/cases/risk/rules/wage-arrears.rule';

/** Thresholds per deployment (RISK_* settings), today's values by default; the wage rule near 春节. */

const PARTY_ID = '330106198501011234';

function facts(peopleInvolved: number, now: Date, history: HistoryRecord[] = []): RiskFacts {
  return {
    jointCase: { id: 'c', category: 'WAGES', urgency: 'NORMAL', peopleInvolved } as unknown as JointCaseEntity,
    parties: [{ role: 'APPLICANT', name: '王强', residentId: PARTY_ID, position: 0 } as never],
    history,
    now,
  };
}

function complaint(values: Record<string, unknown>): HistoryRecord {
  return {
    department: 'LABOUR',
    recordType: 'WAGE_ARREARS_COMPLAINT',
    recordId: '7',
    residentIds: [PARTY_ID],
    provenance: { fields: {}, subjectHashes: [] },
    value: (path: string) => values[path],
  };
}

describe('risk thresholds', () => {
  it('defaults to the values the rules have always used', () => {
    expect(loadConfig([], {}).riskThresholds).toEqual(DEFAULT_RISK_THRESHOLDS);
  });

  it("takes a deployment's thresholds and refuses ones that do not increase", () => {
    const config = loadConfig([], {
      RISK_PEOPLE_YELLOW: '3',
      RISK_PEOPLE_ORANGE: '8',
      RISK_PEOPLE_RED: '20',
      RISK_ELDERLY_AGE: '65',
    });
    expect(config.riskThresholds!.peopleInvolved).toEqual({ yellow: 3, orange: 8, red: 20 });
    expect(config.riskThresholds!.elderlyAge).toBe(65);
    const [rule] = buildRiskRules(config.riskThresholds);
    expect(rule.assess(facts(3, new Date()), []).map((r) => r.level)).toEqual([RiskLevel.YELLOW]);
    expect(buildRiskRules()[0].assess(facts(3, new Date()), [])).toEqual([]);
    expect(() => loadConfig([], { RISK_PEOPLE_YELLOW: '12' })).toThrow(ConfigurationError);
    expect(() => loadConfig([], { RISK_WAGE_WORKERS_ORANGE: 'ten' })).toThrow(ConfigurationError);
  });
});

describe('wage-arrears near the Spring Festival', () => {
  const rule = wageArrearsRuleWith(DEFAULT_RISK_THRESHOLDS);

  it('knows when 春节 is near', () => {
    expect(springFestivalAhead(new Date('2026-12-20T00:00:00Z'), 60)).toBe('2027-02-06');
    expect(springFestivalAhead(new Date('2026-10-01T00:00:00Z'), 60)).toBeNull();
    expect(springFestivalAhead(new Date('2027-03-01T00:00:00Z'), 60)).toBeNull();
  });

  it('makes twelve unpaid workers ORANGE in autumn and RED in the weeks before 春节; a paid complaint nothing', () => {
    const open = complaint({ workersInvolved: 12, status: 'INVESTIGATING' });
    expect(rule.assess(facts(2, new Date('2026-10-01T00:00:00Z'), [open]), []).map((r) => r.level)).toEqual([
      RiskLevel.ORANGE,
    ]);
    const [near] = rule.assess(facts(2, new Date('2026-12-20T00:00:00Z'), [open]), []);
    expect(near.level).toBe(RiskLevel.RED);
    expect(near.description).toContain('临近春节（2027-02-06）');
    expect(near.source).toEqual({ department: 'LABOUR', recordType: 'WAGE_ARREARS_COMPLAINT', recordId: '7' });
    expect(
      rule.assess(facts(2, new Date('2026-12-20T00:00:00Z'), [complaint({ workersInvolved: 12, status: 'PAID' })]), []),
    ).toEqual([]);
    expect(
      rule.assess(
        facts(2, new Date('2026-12-20T00:00:00Z'), [complaint({ workersInvolved: 4, status: 'RECEIVED' })]),
        [],
      ),
    ).toEqual([]);
  });
});
