import { HubError } from '../common/hub-error';
import { maskResidentId } from '../common/masks';
import { normaliseResidentId, residentIdProblem } from '../common/resident-id';
import type { RequestContext } from '../graphql/request-context';
import type { Person, PersonRecordsAtDepartment } from './person.type';
import type { DepartmentRegistry } from '../connectors/department-registry';

export class PersonService {
  constructor(private readonly registry: DepartmentRegistry) {}

  /** Validates the number; the person "exists" only as the sum of what the bodies hold. */
  find(_ctx: RequestContext, residentIdInput: string): Person {
    const residentId = normaliseResidentId(residentIdInput);
    const problem = residentIdProblem(residentId);
    if (problem) throw HubError.badInput(`The resident ID number ${problem}`, { field: 'residentId' });
    return { residentId, residentIdMasked: maskResidentId(residentId) };
  }

  departments(_ctx: RequestContext, person: Person): PersonRecordsAtDepartment[] {
    return this.registry.all.map((d) => ({ department: d.code, displayName: d.displayName, residentId: person.residentId }));
  }
}
