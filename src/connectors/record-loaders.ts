import DataLoader from 'dataloader';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';
import type { PersonRecordRef } from './department-definition';
import type { DepartmentRecord } from './department-record.type';
import type { DepartmentSources } from './department-sources';

/**
 * Per-request loaders of department records, one per (body, record type): every record a
 * request needs of one kind is read in one statement, whatever the shape of the query.
 * Created fresh for each request, so nothing is cached across requests or actors.
 */
export class RecordLoaders {
  private readonly loaders = new Map<string, DataLoader<string, DepartmentRecord | null>>();

  constructor(
    private readonly sources: DepartmentSources,
    private readonly log: Logger,
  ) {}

  private readonly personRecordFinders = new Map<string, DataLoader<string, PersonRecordRef[]>>();

  /** References to one body's records of a person; every person asked for in a request in one statement. */
  findRecordsOfPerson(department: string, residentId: string): Promise<PersonRecordRef[]> {
    let finder = this.personRecordFinders.get(department);
    if (!finder) {
      const { definition, db } = this.sources.get(department);
      finder = new DataLoader(async (residentIds) => {
        const refs = await this.fromSource(department, () => definition.findRecordsOfPersons(db, residentIds));
        return residentIds.map((id) => refs.filter((ref) => ref.residentId === id));
      });
      this.personRecordFinders.set(department, finder);
    }
    return finder.load(residentId);
  }

  load(department: string, recordType: string, recordId: string): Promise<DepartmentRecord | null> {
    return this.loaderFor(department, recordType).load(recordId);
  }

  loadMany(department: string, recordType: string, recordIds: readonly string[]): Promise<Array<DepartmentRecord | null>> {
    return Promise.all(recordIds.map((id) => this.load(department, recordType, id)));
  }

  private loaderFor(department: string, recordType: string): DataLoader<string, DepartmentRecord | null> {
    const key = `${department}\u0000${recordType}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      const { definition, db } = this.sources.get(department);
      const source = definition.recordTypes.find((t) => t.name === recordType);
      if (!source) throw HubError.badInput(`Body ${department} has no record type "${recordType}"`);
      loader = new DataLoader(async (ids) => {
        const records = await this.fromSource(department, () => source.loadByIds(db, ids));
        const byId = new Map(records.map((r) => [r.recordId, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** A failed read is logged in full and answered as SOURCE_UNAVAILABLE naming only the body. */
  private async fromSource<T>(department: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      this.log.error({ department, err: error }, 'department read failed');
      throw HubError.sourceUnavailable(department);
    }
  }
}
