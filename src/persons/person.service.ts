import { HubError } from '../common/hub-error';
import { maskResidentId } from '../common/masks';
import { type Connection, type PageArgs, pageOf } from '../common/relay';
import { normaliseResidentId, residentIdProblem } from '../common/resident-id';
import type { DepartmentRecord } from '../connectors/department-record.type';
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
   * The person's records at one body, of the kinds the caller is granted. A body with no
   * granted kind is not asked at all, and answers FORBIDDEN_BY_AGREEMENT.
   */
  async records(ctx: RequestContext, at: PersonRecordsAtDepartment, page: PageArgs): Promise<Connection<DepartmentRecord>> {
    const definition = ctx.services.registry.get(at.department);
    const decisions = definition.recordTypes.map((t) => ({ recordType: t.name, decision: ctx.access.decide(at.department, t.name) }));
    const granted = new Set(decisions.filter((d) => d.decision.granted).map((d) => d.recordType));
    if (granted.size === 0) {
      const denial = decisions.find((d) => !d.decision.granted)?.decision;
      throw HubError.forbiddenByAgreement(at.department, denial && !denial.granted ? denial.reason : 'No record kind is shared');
    }
    const refs = (await ctx.records.findRecordsOfPerson(at.department, at.residentId)).filter((r) => granted.has(r.recordType));
    const unique = [...new Map(refs.map((r) => [`${r.recordType}:${r.recordId}`, r])).values()];
    const pageOfRefs = pageOf(unique, page);
    const records = await Promise.all(pageOfRefs.edges.map((e) => ctx.records.load(at.department, e.node.recordType, e.node.recordId)));
    return {
      ...pageOfRefs,
      edges: pageOfRefs.edges
        .map((edge, i) => ({ cursor: edge.cursor, node: records[i] }))
        .filter((edge): edge is { cursor: string; node: DepartmentRecord } => edge.node !== null),
    };
  }
}
