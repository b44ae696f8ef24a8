import { IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { Role } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { RequestContext } from '../graphql/request-context';
import { ProtectedPersonEntity } from './protected-person.entity';
import { PolicyDirectory } from './policy-directory';
import type { AuditedTransactions } from '../audit/audited-transaction';
import type { PersonService } from '../persons/person.service';
import type { ResidentIdHasher } from '../persons/resident-id-hash';
import type { ProtectionKind } from './record-shaper';

/** The bodies that may mark a person as protected: they meet victims and minors first. */
export const PROTECTING_BODIES = ['POLICE', 'COURT', 'WOMENS_FEDERATION'];

/**
 * Protected persons (domestic-violence victims, minors): their address and contact are never
 * shown to another body whatever the agreements say, and a minor's name shows as surname + 某.
 * Only the keyed hash of the ID number is stored.
 */
export class ProtectedPersonService {
  constructor(
    private readonly persons: PersonService,
    private readonly hashResidentId: ResidentIdHasher,
    private readonly audited: AuditedTransactions,
  ) {}

  private assertMayProtect(actor: Actor): void {
    if (!PROTECTING_BODIES.includes(actor.department) || [Role.ADMIN, Role.AUDITOR].includes(actor.role)) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        `Only staff of ${PROTECTING_BODIES.join(', ')} mark or lift a protection`,
      );
    }
  }

  async mark(ctx: RequestContext, residentId: string, kind: ProtectionKind): Promise<boolean> {
    this.assertMayProtect(ctx.actor);
    const hash = this.hashResidentId(this.persons.find(ctx, residentId).residentId);
    // The change and its audit record commit together.
    await this.audited.run(ctx, async (manager) => {
      const repository = manager.getRepository(ProtectedPersonEntity);
      const existing = await repository.findOneBy({
        residentIdHash: hash,
        kind,
        markedByDepartment: ctx.actor.department,
        liftedAt: IsNull(),
      });
      if (!existing) {
        await repository.insert({
          residentIdHash: hash,
          kind,
          markedBy: ctx.actor.user,
          markedByDepartment: ctx.actor.department,
        });
      }
      await PolicyDirectory.announceChange(manager);
      ctx.accessLog.changed({ kind: 'PROTECTION_CHANGE', subjectHashes: [hash], detail: { change: 'MARKED', kind } });
    });
    return true;
  }

  /** Lifts this body's own mark; marks of other bodies stay. */
  async lift(ctx: RequestContext, residentId: string, kind: ProtectionKind): Promise<boolean> {
    this.assertMayProtect(ctx.actor);
    const hash = this.hashResidentId(this.persons.find(ctx, residentId).residentId);
    return this.audited.run(ctx, async (manager) => {
      const result = await manager
        .getRepository(ProtectedPersonEntity)
        .update(
          { residentIdHash: hash, kind, markedByDepartment: ctx.actor.department, liftedAt: IsNull() },
          { liftedAt: new Date() },
        );
      await PolicyDirectory.announceChange(manager);
      const lifted = (result.affected ?? 0) > 0;
      if (lifted)
        ctx.accessLog.changed({ kind: 'PROTECTION_CHANGE', subjectHashes: [hash], detail: { change: 'LIFTED', kind } });
      return lifted;
    });
  }
}
