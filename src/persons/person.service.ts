import type { CaseScope, Reach } from '../agreements/access-request';
import { HubError } from '../common/hub-error';
import { maskResidentId } from '../common/masks';
import { checkPageSize, type Connection, offsetFromCursor, type PageArgs, pageOf } from '../common/relay';
import { normaliseResidentId, residentIdProblem } from '../common/resident-id';
import type { DepartmentRecord } from '../connectors/department-record.type';
import type { ReadableDecision } from '../connectors/record-loaders';
import type { RequestContext } from '../graphql/request-context';
import type { Person, PersonRecordsAtDepartment } from './person.type';

export class PersonService {
  /** Validates the number; the person "exists" only as the sum of what the bodies hold. */
  find(_ctx: RequestContext, residentIdInput: string): Person {
    const residentId = normaliseResidentId(residentIdInput);
    const problem = residentIdProblem(residentId);
    if (problem) throw HubError.badInput(`The resident ID number ${problem}`, { field: 'residentId' });
    return { residentId, residentIdMasked: maskResidentId(residentId) };
  }

  departments(ctx: RequestContext, person: Person): PersonRecordsAtDepartment[] {
    return ctx.services.registry.all.map((d) => ({ department: d.code, displayName: d.displayName, residentId: person.residentId }));
  }

  /**
   * The scope another body's records of this person are read in: the joint case the request
   * acts for (x-joint-case-id), and whether the person is one of its parties. The case and its
   * parties are read once per request (the case loaders), however many bodies are asked.
   */
  private async scope(ctx: RequestContext, subjectHash: string): Promise<{ jointCase: CaseScope | null; reach: Reach }> {
    if (!ctx.jointCaseId) return { jointCase: null, reach: 'NOT_IN_CASE' };
    const jointCase = await ctx.services.jointCases.findVisible(ctx, ctx.jointCaseId);
    const parties = await ctx.services.jointCases.partyHashes(ctx, jointCase.id);
    return { jointCase: ctx.services.jointCases.scopeOf(jointCase), reach: parties.includes(subjectHash) ? 'PARTY_TO_CASE' : 'NOT_IN_CASE' };
  }

  /**
   * The person's records at one body, of the kinds the caller may read, in one statement to
   * that body. A body with no readable kind is not asked at all and answers
   * FORBIDDEN_BY_AGREEMENT; every decision about another body's records goes into the
   * request's access log.
   */
  async records(ctx: RequestContext, at: PersonRecordsAtDepartment, page: PageArgs): Promise<Connection<DepartmentRecord>> {
    checkPageSize(page.first);
    const definition = ctx.services.registry.get(at.department);
    const subjectHash = ctx.services.hashResidentId(at.residentId);
    const { jointCase, reach } = at.department === ctx.actor.department ? { jointCase: null, reach: 'NOT_IN_CASE' as const } : await this.scope(ctx, subjectHash);
    const decisions = new Map<string, ReadableDecision>();
    const denied: Array<{ recordType: string; reason: string }> = [];
    // The most telling reason: one from an agreement that names a kind but does not cover this read.
    let denial: { reason: string; considered: number } | null = null;
    for (const { name } of definition.recordTypes) {
      const decision = await ctx.access.decide(at.department, name, jointCase, reach);
      if (decision.kind === 'DENIED') {
        if (!denial || decision.considered > denial.considered) denial = decision;
        denied.push({ recordType: name, reason: decision.reason });
      } else {
        decisions.set(name, decision);
      }
    }
    ctx.accessLog.denied({ department: at.department, jointCaseId: jointCase?.id ?? null, subjectHashes: [subjectHash] }, denied);
    if (decisions.size === 0) throw HubError.forbiddenByAgreement(at.department, denial?.reason ?? 'No record kind is shared');

    const start = offsetFromCursor(page.after);
    const policy = await ctx.access.policy();
    const { refs, records } = await ctx.records.personRecords(at.department, at.residentId, decisions, { from: start, to: start + page.first }, policy);
    const pageOfRefs = pageOf(refs, page);
    const edges: Array<{ cursor: string; node: DepartmentRecord }> = [];
    for (const edge of pageOfRefs.edges) {
      const { recordType, recordId } = edge.node;
      const shaped = records.get(`${recordType}:${recordId}`);
      // Gone between the lookup and the read (the owner deleted it): left out of the page.
      if (!shaped) continue;
      const decision = decisions.get(recordType)!;
      if (decision.kind === 'GRANTED') {
        ctx.accessLog.add({
          department: at.department, recordType, recordId, jointCaseId: jointCase?.id ?? null,
          decision: 'GRANTED', agreementIds: decision.agreementIds, fields: shaped.fields, subjectHashes: [subjectHash],
        });
      }
      edges.push({ cursor: edge.cursor, node: shaped.record });
    }
    return { ...pageOfRefs, edges };
  }
}
