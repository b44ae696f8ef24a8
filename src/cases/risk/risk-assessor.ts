import type { RequestContext } from '../../graphql/request-context';
import type { JointCasePartyEntity } from '../joint-case-party.entity';
import type { JointCaseEntity } from '../joint-case.entity';
import type { ReadRoom } from '../../read-room/read-room';
import { escalationReasons, highestLevel, type RiskAssessment, type RiskReason, riskSourceKey } from './risk.model';
import type { RiskRule, RiskSourceKind } from './risk-rule';
import { buildRiskRules } from './rules';
import { DEFAULT_RISK_THRESHOLDS } from './risk-thresholds';

/**
 * Risk and early warning (预警研判) of a joint case: runs every documented rule (rules/) over the
 * case as taken in and over the parties' history at the other bodies, read live for
 * RISK_SCREENING as far as the agreements allow, and gives the case the highest level of any
 * reason (BLUE when there is none); care markers are kept beside the reasons and never raise
 * it. Called at intake, on the ASSESS step and when a record is linked; the caller stores
 * `level` and `reasons` on the case.
 */
export class RiskAssessor {
  constructor(
    /** Reads the parties' history at the other bodies, governed and audited. */
    private readonly readRoom: ReadRoom,
    private readonly rules: readonly RiskRule[] = buildRiskRules(DEFAULT_RISK_THRESHOLDS),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The record kinds the rules read (each once). */
  get sources(): RiskSourceKind[] {
    const kinds = new Map<string, RiskSourceKind>();
    for (const rule of this.rules) {
      for (const kind of rule.sources ?? []) {
        const key = `${kind.department}\u0000${kind.recordType}`;
        const known = kinds.get(key);
        kinds.set(key, known ? { ...known, fields: [...new Set([...known.fields, ...kind.fields])] } : kind);
      }
    }
    return [...kinds.values()];
  }

  async assess(
    ctx: RequestContext,
    jointCase: JointCaseEntity,
    parties: JointCasePartyEntity[],
  ): Promise<RiskAssessment> {
    const now = this.clock();
    const ordered = [...parties].sort((a, b) => a.position - b.position);
    const history = await this.readRoom.riskHistory(ctx, jointCase, ordered, this.sources);
    const facts = { jointCase, parties: ordered, history: history.records, now };
    const reasons: RiskReason[] = [];
    for (const rule of this.rules) reasons.push(...rule.assess(facts, reasons));
    const read = new Map(history.records.map((r) => [riskSourceKey(r), r.provenance]));
    const provenance: RiskAssessment['provenance'] = {};
    for (const reason of reasons) {
      for (const source of reason.sources ?? (reason.source ? [reason.source] : [])) {
        const key = riskSourceKey(source);
        const known = read.get(key);
        if (known) provenance[key] = known;
      }
    }
    // Care markers (关爱/帮扶) are kept with the reasons but never count towards the level.
    return {
      level: highestLevel(escalationReasons(reasons).map((r) => r.level)),
      reasons,
      unavailableSources: history.unavailableSources,
      provenance,
    };
  }
}
