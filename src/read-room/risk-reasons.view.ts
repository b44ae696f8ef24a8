import type { AccessDecision, CaseScope } from '../agreements/access-decision';
import { Mask, Purpose } from '../agreements/agreement.enums';
import type { FieldDecision } from '../agreements/field-decision';
import type { CaseRecordLink } from '../cases/joint-case.sql';
import { purposesForDerived } from './derived-purposes';
import { type RiskReason, type RiskSource, type RiskSourceProvenance, riskSourceKey } from '../cases/risk/risk.model';
import type { RequestContext } from '../graphql/request-context';

/** A reason as a caller sees it: in full, or withheld to its level and the body it came from. */
export interface ShownRiskReason extends RiskReason {
  withheld: boolean;
  /** The body the reason came from (null for reasons drawn from the case itself). */
  department: string | null;
}

/** Reasons drawn from a party's own particulars (an age from the ID number): for handlers only, like the ID number. */
const PARTY_DERIVED_RULES = new Set(['vulnerable-party-age']);

function sourcesOf(reason: RiskReason): RiskSource[] {
  return reason.sources ?? (reason.source ? [reason.source] : []);
}

type Shown = { decision: Extract<AccessDecision, { kind: 'GRANTED' }>; purpose: Purpose } | 'OWNER' | null;

/**
 * May the caller see what this reason reveals of its source? Decided as a read of the source,
 * for the request's purpose and then for risk screening (the purpose the reason was drawn
 * for): every field the reason reveals must be granted, masked no less than when it was drawn.
 */
async function decideSource(
  ctx: RequestContext,
  scope: CaseScope,
  links: readonly CaseRecordLink[],
  source: RiskSource,
  provenance: RiskSourceProvenance | undefined,
): Promise<Shown> {
  if (source.department === ctx.actor.department) return 'OWNER';
  const linked = links.some(
    (l) => l.department === source.department && l.recordType === source.recordType && l.recordId === source.recordId,
  );
  for (const purpose of purposesForDerived(ctx)) {
    const decision = await ctx.access
      .withPurpose(purpose)
      .decide(source.department, source.recordType, scope, linked ? 'LINKED_TO_CASE' : 'PARTY_TO_CASE');
    if (decision.kind === 'OWNER') return 'OWNER';
    if (decision.kind !== 'GRANTED') continue;
    // A reason stored before it recorded what it reveals is shown only to the owner.
    if (!provenance) continue;
    const covers = Object.entries(provenance.fields).every(([field, drawnWith]) => {
      const granted = decision.fields.get(field);
      return granted !== undefined && (granted.mask === Mask.NONE || granted.mask === drawnWith);
    });
    if (covers) return { decision, purpose };
  }
  return null;
}

/**
 * The stored risk reasons of a case as this caller may see them. A reason drawn from a body's
 * records is governed like a read of each record it cites: shown in full only under an
 * agreement granting the caller what it reveals (recorded as a look at that record, with the
 * fields it reveals and the persons the record names); otherwise shown as withheld — its
 * level and the body it came from, nothing of its content — and recorded as a denied look that
 * the caller's access report does not itemise.
 */
export async function showRiskReasons(
  ctx: RequestContext,
  jointCase: { id: string; riskReasons: RiskReason[]; riskProvenance: Record<string, RiskSourceProvenance> },
  scope: CaseScope,
  links: readonly CaseRecordLink[],
  viewerIsHandler: boolean,
): Promise<ShownRiskReason[]> {
  const shown: ShownRiskReason[] = [];
  for (const reason of jointCase.riskReasons) {
    const sources = sourcesOf(reason);
    const department = sources[0]?.department ?? null;
    if (sources.length === 0) {
      // Drawn from the case's own data; an age drawn from a party's ID number only for handlers.
      const visible = viewerIsHandler || !PARTY_DERIVED_RULES.has(reason.rule);
      shown.push(visible ? { ...reason, withheld: false, department: null } : withheldReason(reason, null));
      continue;
    }
    const provenanceOf = (source: RiskSource) => jointCase.riskProvenance[riskSourceKey(source)];
    const decisions = await Promise.all(
      sources.map((source) => decideSource(ctx, scope, links, source, provenanceOf(source))),
    );
    const visible = decisions.every((d) => d !== null);
    sources.forEach((source, i) => {
      const decided = decisions[i];
      if (decided === 'OWNER') return;
      const provenance = provenanceOf(source);
      const entry = {
        department: source.department,
        recordType: source.recordType,
        recordId: source.recordId,
        jointCaseId: jointCase.id,
        subjectHashes: provenance?.subjectHashes ?? [],
      };
      if (visible && decided) {
        const fields: Record<string, FieldDecision> = {};
        for (const [field, mask] of Object.entries(provenance?.fields ?? {}))
          fields[field] =
            mask === Mask.NONE && decided.decision.fields.get(field)?.mask === Mask.NONE ? 'GRANTED' : 'MASKED';
        ctx.accessLog.add({
          ...entry,
          decision: 'GRANTED',
          purpose: decided.purpose,
          agreementIds: decided.decision.agreementIds,
          fields,
        });
      } else {
        ctx.accessLog.add({
          ...entry,
          decision: 'DENIED',
          reason: 'A risk reason drawn from this record was withheld',
          agreementIds: [],
          concealed: true,
        });
      }
    });
    shown.push(visible ? { ...reason, withheld: false, department } : withheldReason(reason, department));
  }
  return shown;
}

function withheldReason(reason: RiskReason, department: string | null): ShownRiskReason {
  const from = department ? `${department} 提供的` : '';
  return {
    rule: 'withheld',
    level: reason.level,
    description: `${from}预警依据，无权查看详情 (a reason${department ? ` from ${department}` : ''} the caller is not granted)`,
    source: null,
    withheld: true,
    department,
  };
}
