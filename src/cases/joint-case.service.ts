import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../agreements/access-request';
import { FINISHED_STATUSES } from './workflow/case-status';
import { type Actor, GOVERNANCE_CENTRE } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, keysetConnection, type PageArgs, pageOf } from '../common/relay';
import type { DepartmentRecord } from '../connectors/department-record.type';
import type { RequestContext } from '../graphql/request-context';
import { JointCaseEntity } from './joint-case.entity';
import type { CaseParty, JointCase, LinkedRecord } from './joint-case.type';


export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The governance centre sees every joint case; a body sees the cases it leads or takes part in. */
export function canSeeCase(actor: Actor, jointCase: Pick<JointCaseEntity, 'leadDepartment' | 'participatingDepartments'>): boolean {
  return (
    actor.department === GOVERNANCE_CENTRE ||
    jointCase.leadDepartment === actor.department ||
    jointCase.participatingDepartments.includes(actor.department)
  );
}

/** Narrows a query over joint cases (alias `c`) to those the actor may see; see canSeeCase. */
export function onlyVisibleCases<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, actor: Actor): SelectQueryBuilder<T> {
  if (actor.department === GOVERNANCE_CENTRE) return query;
  return query.andWhere('(c.lead_department = :visibleTo OR :visibleTo = ANY(c.participating_departments))', { visibleTo: actor.department });
}

interface CaseCursor {
  createdAt: string;
  id: string;
}

function encodeCursor(entity: JointCaseEntity): string {
  return Buffer.from(JSON.stringify({ createdAt: entity.createdAt.toISOString(), id: entity.id })).toString('base64url');
}

function decodeCursor(after: string): CaseCursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as CaseCursor;
    if (typeof value.createdAt === 'string' && UUID.test(value.id)) return value;
  } catch {
    // fall through to the error below
  }
  throw HubError.badInput('"after" is not a cursor this list issued');
}

export class JointCaseService {
  constructor(private readonly hubDb: DataSource) {}

  async findVisible(ctx: RequestContext, id: string): Promise<JointCase> {
    const entity = UUID.test(id) ? await this.hubDb.getRepository(JointCaseEntity).findOneBy({ id }) : null;
    if (!entity || !canSeeCase(ctx.actor, entity)) throw HubError.notFoundOrNoAccess('Joint case');
    return entity;
  }

  /** Newest first, keyset-paginated, only the cases the actor may see. */
  async listVisible(ctx: RequestContext, page: PageArgs): Promise<Connection<JointCase>> {
    checkPageSize(page.first);
    const query = onlyVisibleCases(this.hubDb.getRepository(JointCaseEntity).createQueryBuilder('c'), ctx.actor);
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const cursor = decodeCursor(page.after);
      query.andWhere('(c.created_at, c.id) < (:createdAt, :id)', cursor);
    }
    const rows = await query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(page.first + 1).getMany();
    return keysetConnection(rows, page, totalCount, encodeCursor);
  }

  async parties(ctx: RequestContext, jointCase: JointCase): Promise<CaseParty[]> {
    return ctx.caseParts.parties.load(jointCase.id);
  }

  async linkedRecords(ctx: RequestContext, jointCase: JointCase, page: PageArgs): Promise<Connection<LinkedRecord>> {
    const links = await ctx.caseParts.recordLinks.load(jointCase.id);
    return pageOf(
      links.map(({ department, recordType, recordId }) => ({ department, recordType, recordId, jointCase })),
      page,
    );
  }

  /** The case as agreement scope rules see it. */
  scopeOf(jointCase: JointCase): CaseScope {
    return {
      id: jointCase.id,
      open: !FINISHED_STATUSES.includes(jointCase.status),
      leadDepartment: jointCase.leadDepartment,
      participatingDepartments: jointCase.participatingDepartments,
    };
  }

  /** Keyed hashes of the case's parties: the persons a read through this case concerns. */
  async partyHashes(ctx: RequestContext, jointCaseId: string): Promise<string[]> {
    const parties = await ctx.caseParts.parties.load(jointCaseId);
    return parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null);
  }

  /**
   * The live content of a linked record, read in the scope of its case: decided once per
   * request and record kind, then read in one batched statement per kind and decision.
   * Denied kinds send nothing to the owner's database. Every look at another body's record,
   * granted or denied, goes into the request's access log (and so into the audit).
   */
  async recordOf(ctx: RequestContext, link: LinkedRecord): Promise<DepartmentRecord | null> {
    if (!ctx.services.registry.has(link.department)) throw HubError.sourceUnavailable(link.department);
    const decision = await ctx.access.decide(link.department, link.recordType, this.scopeOf(link.jointCase), 'LINKED_TO_CASE');
    const entry = { department: link.department, recordType: link.recordType, recordId: link.recordId, jointCaseId: link.jointCase.id };
    if (decision.kind === 'DENIED') {
      ctx.accessLog.add({ ...entry, decision: 'DENIED', reason: decision.reason, agreementIds: [], subjectHashes: await this.partyHashes(ctx, link.jointCase.id) });
      throw HubError.forbiddenByAgreement(link.department, decision.reason);
    }
    const shaped = await ctx.records.load(link.department, link.recordType, link.recordId, decision, await ctx.access.policy());
    if (!shaped) throw new HubError(ErrorCode.NOT_FOUND_OR_NO_ACCESS, 'The owner no longer holds this record', { department: link.department });
    if (decision.kind === 'GRANTED') {
      ctx.accessLog.add({
        ...entry,
        decision: 'GRANTED',
        agreementIds: decision.agreementIds,
        fields: shaped.fields,
        subjectHashes: await this.partyHashes(ctx, link.jointCase.id),
      });
    }
    return shaped.record;
  }
}
