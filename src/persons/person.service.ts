import { HubError } from '../common/hub-error';
import { maskResidentId } from '../common/masks';
import { normaliseResidentId, residentIdProblem } from '../common/resident-id';
import type { RequestContext } from '../graphql/request-context';
import type { Person, PersonRecordsAtDepartment } from './person.type';
import {
  documentNumberProblem,
  IDENTITY_DOCUMENT_ZH,
  type IdentityDocumentType,
  normaliseDocumentNumber,
} from '../common/identity-document';
import { matchingKeyOf } from '../cases/parties/party-intake';
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

  /**
   * A party found by (document type, number): a person by any document, an organisation by its
   * 统一社会信用代码. The bodies' records are matched by the same key the centre's parties are
   * hashed by (cases/parties/party-intake.ts), under the same agreements as a person's.
   */
  findByDocument(_ctx: RequestContext, type: IdentityDocumentType, numberInput: string): Person {
    const number = normaliseDocumentNumber(type, numberInput);
    const problem = documentNumberProblem(type, number);
    if (problem) throw HubError.badInput(`The ${IDENTITY_DOCUMENT_ZH[type]} number ${problem}`, { field: 'number' });
    return { residentId: matchingKeyOf(type, number), residentIdMasked: maskResidentId(number) };
  }

  departments(_ctx: RequestContext, person: Person): PersonRecordsAtDepartment[] {
    return this.registry.all.map((d) => ({
      department: d.code,
      displayName: d.displayName,
      residentId: person.residentId,
    }));
  }
}
