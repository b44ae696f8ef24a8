import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { type Connection, type PageArgs, pageOf } from '../common/relay';
import type { DepartmentRegistry } from '../connectors/department-registry';
import { fieldPaths } from '../connectors/department-definition';
import { UUID } from '../common/ids';
import type { RequestContext } from '../graphql/request-context';
import type { RecordTypeGrant } from './agreement-grant';
import { AgreementStatus } from './agreement.enums';
import { fieldDecisionOfMask } from './field-decision';
import { AgreementEntity } from './agreement.entity';
import type { Agreement, AgreementCoverage, DraftAgreementInput, FieldExposure } from './agreement.type';
import { PolicyDirectory } from './policy-directory';
import type { AuditedTransactions } from '../audit/audited-transaction';
import { ROLES_NEVER_GRANTED } from './rules/consumer-role.rule';

type Change = 'DRAFTED' | 'APPROVED' | 'ACTIVATED' | 'SUSPENDED' | 'RESUMED' | 'REVOKED';

/** Stored state → the actions that may follow it (EXPIRED is not stored: validity rules it out). */
const NEXT: Record<AgreementEntity['status'], Change[]> = {
  DRAFT: ['APPROVED', 'REVOKED'],
  ACTIVE: ['SUSPENDED', 'REVOKED'],
  SUSPENDED: ['RESUMED', 'REVOKED'],
  REVOKED: [],
};

export function effectiveStatus(entity: AgreementEntity, now = new Date()): AgreementStatus {
  if (entity.status === 'ACTIVE' && now >= entity.validUntil) return AgreementStatus.EXPIRED;
  return AgreementStatus[entity.status];
}

export function toAgreement(entity: AgreementEntity): Agreement {
  return {
    id: entity.id,
    title: entity.title,
    provider: entity.provider,
    consumer: entity.consumer,
    purpose: entity.purpose,
    scope: entity.scope,
    consumerRoles: entity.consumerRoles as Role[],
    grants: entity.grants,
    validFrom: entity.validFrom,
    validUntil: entity.validUntil,
    status: effectiveStatus(entity),
    statusReason: entity.statusReason,
    draftedBy: entity.draftedBy,
    providerApproval: entity.providerApprovedBy
      ? { by: entity.providerApprovedBy, at: entity.providerApprovedAt! }
      : null,
    consumerApproval: entity.consumerApprovedBy
      ? { by: entity.consumerApprovedBy, at: entity.consumerApprovedAt! }
      : null,
    updatedAt: entity.updatedAt,
  };
}

function isChiefOf(actor: Actor, department: string): boolean {
  return actor.role === Role.CHIEF && actor.department === department;
}

/**
 * Agreements as data with a lifecycle: drafted (by a chief of either body or an administrator),
 * approved by the provider's chief and the consumer's chief, then active until suspended,
 * revoked or expired. Every change is audited and announced to every hub replica at commit.
 */
export class AgreementService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
    private readonly audited: AuditedTransactions,
  ) {}

  private canSee(actor: Actor, entity: AgreementEntity): boolean {
    return (
      actor.role === Role.ADMIN ||
      actor.department === GOVERNANCE_CENTRE ||
      actor.department === entity.provider ||
      actor.department === entity.consumer
    );
  }

  async list(
    ctx: RequestContext,
    filter: { status?: AgreementStatus | null },
    page: PageArgs,
  ): Promise<Connection<Agreement>> {
    const entities = await this.hubDb.getRepository(AgreementEntity).find({ order: { createdAt: 'DESC', id: 'DESC' } });
    const visible = entities
      .filter((e) => this.canSee(ctx.actor, e))
      .map(toAgreement)
      .filter((a) => !filter.status || a.status === filter.status);
    return pageOf(visible, page);
  }

  async findVisible(ctx: RequestContext, id: string): Promise<AgreementEntity> {
    const entity = UUID.test(id) ? await this.hubDb.getRepository(AgreementEntity).findOneBy({ id }) : null;
    if (!entity || !this.canSee(ctx.actor, entity)) throw HubError.notFoundOrNoAccess('Agreement');
    return entity;
  }

  /** Checks an agreement's terms against the bodies and record kinds the hub serves. */
  private validateTerms(input: DraftAgreementInput): RecordTypeGrant[] {
    if (!input.title.trim() || input.title.length > 200)
      throw HubError.badInput('The title must be 1 to 200 characters', { field: 'title' });
    const provider = this.registry.get(input.provider);
    if (input.consumer !== GOVERNANCE_CENTRE) this.registry.get(input.consumer);
    if (input.consumer === input.provider)
      throw HubError.badInput('A body does not need an agreement for its own records', { field: 'consumer' });
    if (input.consumerRoles.length === 0)
      throw HubError.badInput('Name at least one consumer role', { field: 'consumerRoles' });
    const never = input.consumerRoles.filter((r) => ROLES_NEVER_GRANTED.includes(r));
    if (never.length > 0)
      throw HubError.badInput(`${never.join(', ')} never receive another body's records`, { field: 'consumerRoles' });
    if (!(input.validFrom < input.validUntil))
      throw HubError.badInput('validUntil must be after validFrom', { field: 'validUntil' });
    if (input.grants.length === 0) throw HubError.badInput('Grant at least one field', { field: 'grants' });
    const seen = new Set<string>();
    return input.grants.map((grant) => {
      const source = provider.recordTypes.find((t) => t.name === grant.recordType);
      if (!source)
        throw HubError.badInput(`${input.provider} has no record type "${grant.recordType}"`, { field: 'grants' });
      if (seen.has(grant.recordType))
        throw HubError.badInput(`${grant.recordType} is granted twice`, { field: 'grants' });
      seen.add(grant.recordType);
      const paths = new Set(fieldPaths(source));
      const fields = grant.fields.map(({ field, mask }) => {
        if (!paths.has(field))
          throw HubError.badInput(`${grant.recordType} has no field "${field}"; its fields: ${[...paths].join(', ')}`, {
            field: 'grants',
          });
        return { field, mask };
      });
      if (fields.length === 0)
        throw HubError.badInput(`Grant at least one field of ${grant.recordType}`, { field: 'grants' });
      return { recordType: grant.recordType, fields };
    });
  }

  async draft(ctx: RequestContext, input: DraftAgreementInput): Promise<Agreement> {
    const { actor } = ctx;
    if (!(actor.role === Role.ADMIN || isChiefOf(actor, input.provider) || isChiefOf(actor, input.consumer))) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        'Only a chief of the providing or consuming body, or an administrator, drafts an agreement',
      );
    }
    const grants = this.validateTerms(input);
    // The draft and its audit record commit together.
    const entity = await this.audited.run(ctx, async (manager) => {
      const saved = await manager.getRepository(AgreementEntity).save(
        manager.getRepository(AgreementEntity).create({
          title: input.title.trim(),
          provider: input.provider,
          consumer: input.consumer,
          purpose: input.purpose,
          scope: input.scope,
          consumerRoles: input.consumerRoles,
          grants,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          status: 'DRAFT',
          draftedBy: actor.user,
          draftedByDepartment: actor.department,
          updatedAt: new Date(),
        }),
      );
      const drafted = await manager.getRepository(AgreementEntity).findOneByOrFail({ id: saved.id });
      this.audit(ctx, drafted, 'DRAFTED');
      return drafted;
    });
    return toAgreement(entity);
  }

  approve(ctx: RequestContext, id: string): Promise<Agreement> {
    return this.change(ctx, id, 'APPROVED', (entity, actor) => {
      if (actor.role !== Role.CHIEF || (actor.department !== entity.provider && actor.department !== entity.consumer)) {
        throw new HubError(
          ErrorCode.FORBIDDEN,
          "Only the providing body's chief and the consuming body's chief approve an agreement",
        );
      }
      // Two bodies agree, so two people sign: one person holding a chief's role at both bodies
      // (two tokens, one subject) must not make an agreement alone. Compared by `actor.user`,
      // the token's subject (`sub`), which names the person, not by anything they type.
      const otherApproval =
        actor.department === entity.provider ? entity.consumerApprovedBy : entity.providerApprovedBy;
      if (otherApproval !== null && otherApproval === actor.user) {
        throw new HubError(
          ErrorCode.FORBIDDEN,
          "The provider's and the consumer's approvals must come from two different people",
        );
      }
      const now = new Date();
      if (actor.department === entity.provider)
        Object.assign(entity, { providerApprovedBy: actor.user, providerApprovedAt: now });
      if (actor.department === entity.consumer)
        Object.assign(entity, { consumerApprovedBy: actor.user, consumerApprovedAt: now });
      if (entity.providerApprovedBy && entity.consumerApprovedBy) entity.status = 'ACTIVE';
    });
  }

  suspend(ctx: RequestContext, id: string, reason: string): Promise<Agreement> {
    return this.change(ctx, id, 'SUSPENDED', (entity, actor) => {
      this.assertPartyChiefOrAdmin(actor, entity);
      Object.assign(entity, { status: 'SUSPENDED', statusReason: this.reason(reason) });
    });
  }

  resume(ctx: RequestContext, id: string): Promise<Agreement> {
    return this.change(ctx, id, 'RESUMED', (entity, actor) => {
      if (!isChiefOf(actor, entity.provider))
        throw new HubError(ErrorCode.FORBIDDEN, "Only the providing body's chief resumes a suspended agreement");
      Object.assign(entity, { status: 'ACTIVE', statusReason: null });
    });
  }

  revoke(ctx: RequestContext, id: string, reason: string): Promise<Agreement> {
    return this.change(ctx, id, 'REVOKED', (entity, actor) => {
      this.assertPartyChiefOrAdmin(actor, entity);
      Object.assign(entity, { status: 'REVOKED', statusReason: this.reason(reason) });
    });
  }

  /** What each field of each record kind the agreement names would be: granted, masked or denied. */
  coverage(entity: AgreementEntity): AgreementCoverage {
    const provider = this.registry.get(entity.provider);
    const fields: FieldExposure[] = [];
    for (const grant of entity.grants) {
      const source = provider.recordTypes.find((t) => t.name === grant.recordType);
      if (!source) continue;
      const granted = new Map(grant.fields.map((f) => [f.field, f.mask]));
      for (const field of fieldPaths(source)) {
        const mask = granted.get(field);
        fields.push({ recordType: grant.recordType, field, decision: fieldDecisionOfMask(mask), mask: mask ?? null });
      }
    }
    return { agreement: toAgreement(entity), fields };
  }

  async activeCoverage(ctx: RequestContext): Promise<AgreementCoverage[]> {
    const active = await this.hubDb
      .getRepository(AgreementEntity)
      .find({ where: { status: 'ACTIVE' }, order: { createdAt: 'ASC' } });
    return active
      .filter((e) => this.canSee(ctx.actor, e) && effectiveStatus(e) === AgreementStatus.ACTIVE)
      .map((e) => this.coverage(e));
  }

  private assertPartyChiefOrAdmin(actor: Actor, entity: AgreementEntity): void {
    if (!(actor.role === Role.ADMIN || isChiefOf(actor, entity.provider) || isChiefOf(actor, entity.consumer))) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        'Only a chief of either body, or an administrator, suspends or revokes an agreement',
      );
    }
  }

  private reason(reason: string): string {
    const trimmed = reason.trim();
    if (!trimmed || trimmed.length > 500)
      throw HubError.badInput('Give a reason of 1 to 500 characters', { field: 'reason' });
    return trimmed;
  }

  /** One lifecycle step, under a row lock, audited in its transaction and announced to every replica when it commits. */
  private async change(
    ctx: RequestContext,
    id: string,
    change: Change,
    apply: (entity: AgreementEntity, actor: Actor) => void,
  ): Promise<Agreement> {
    await this.findVisible(ctx, id);
    const entity = await this.audited.run(ctx, async (manager: EntityManager) => {
      const repository = manager.getRepository(AgreementEntity);
      const current = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw HubError.notFoundOrNoAccess('Agreement');
      const status = effectiveStatus(current);
      const allowed: Change[] = status === AgreementStatus.EXPIRED ? ['REVOKED'] : NEXT[current.status];
      if (!allowed.includes(change)) {
        throw new HubError(
          ErrorCode.INVALID_TRANSITION,
          `An agreement that is ${status} cannot be ${change.toLowerCase()}`,
          { status, allowed },
        );
      }
      apply(current, ctx.actor);
      current.updatedAt = new Date();
      await repository.save(current);
      await PolicyDirectory.announceChange(manager);
      this.audit(ctx, current, current.status === 'ACTIVE' && change === 'APPROVED' ? 'ACTIVATED' : change);
      return current;
    });
    return toAgreement(entity);
  }

  private audit(ctx: RequestContext, entity: AgreementEntity, change: Change): void {
    ctx.accessLog.changed({
      kind: 'AGREEMENT_CHANGE',
      agreementIds: [entity.id],
      detail: {
        change,
        provider: entity.provider,
        consumer: entity.consumer,
        purpose: entity.purpose,
        status: entity.status,
        reason: entity.statusReason,
      },
    });
  }
}
