import type { DataSource } from 'typeorm';
import type { RequestAccess } from '../access/record-access-policy';
import type { Actor } from '../auth/actor';
import type { Logger } from '../common/logger';
import type { JointCaseLoaders } from '../cases/joint-case.loaders';
import type { JointCaseService } from '../cases/joint-case.service';
import type { DepartmentRegistry } from '../connectors/department-registry';
import type { RecordLoaders } from '../connectors/record-loaders';
import type { PersonService } from '../persons/person.service';

/** Long-lived services shared by every request. */
export interface HubServices {
  registry: DepartmentRegistry;
  hubDb: DataSource;
  jointCases: JointCaseService;
  persons: PersonService;
}

/** Everything one request needs; the loaders and access decisions live only as long as the request. */
export interface RequestContext {
  requestId: string;
  actor: Actor;
  log: Logger;
  services: HubServices;
  access: RequestAccess;
  records: RecordLoaders;
  caseParts: JointCaseLoaders;
}
