import { Mask } from './agreement.enums';
import type { AgreementEntity } from './agreement.entity';
import type { AccessDecision, AccessRequest, FieldAccess } from './access-decision';
import { agreementRules } from './rules';

/**
 * The decision for one (actor, purpose, case, provider, record type): the owner sees all;
 * anyone else sees the union of what every active agreement whose clauses all hold grants,
 * field by field, with the lightest mask any of them allows. Nothing else (deny by default).
 */
export function decideAccess(request: AccessRequest, activeAgreements: readonly AgreementEntity[]): AccessDecision {
  const consumer = request.actor.department;
  if (consumer === request.provider) return { kind: 'OWNER' };
  const candidates = activeAgreements.filter(
    (a) =>
      a.provider === request.provider &&
      a.consumer === consumer &&
      a.grants.some((g) => g.recordType === request.recordType),
  );
  if (candidates.length === 0) {
    return {
      kind: 'DENIED',
      reason: `No data-sharing agreement grants ${consumer} access to ${request.recordType} records of ${request.provider}`,
      considered: 0,
    };
  }
  const fields = new Map<string, FieldAccess>();
  const agreementIds: string[] = [];
  let firstRefusal: string | null = null;
  for (const agreement of candidates) {
    const refusal =
      agreementRules.map((rule) => rule.check(agreement, request)).find((reason) => reason !== null) ?? null;
    if (refusal) {
      firstRefusal ??= refusal;
      continue;
    }
    agreementIds.push(agreement.id);
    const grant = agreement.grants.find((g) => g.recordType === request.recordType)!;
    for (const { field, mask } of grant.fields) {
      const current = fields.get(field);
      if (!current || (current.mask !== Mask.NONE && mask === Mask.NONE))
        fields.set(field, { mask, agreementId: agreement.id });
    }
  }
  if (agreementIds.length === 0) return { kind: 'DENIED', reason: firstRefusal!, considered: candidates.length };
  return { kind: 'GRANTED', fields, agreementIds };
}
