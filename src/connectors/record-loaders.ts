import DataLoader from 'dataloader';
import type { AccessDecision } from '../agreements/access-request';
import type { PolicySnapshot } from '../agreements/policy-directory';
import { projectionFor, type ShapedRecord, shapeGrantedRecord } from '../agreements/record-shaper';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';
import { classifyFailure, SourceFailure, type SourceStatus } from './circuit-breaker';
import type { PersonRecordRef } from './department-definition';
import type { DepartmentSources } from './department-sources';
import { loadRecordRows, recordFromRow, recordQuery } from './record-query';

export type ReadableDecision = Exclude<AccessDecision, { kind: 'DENIED' }>;

function decisionSignature(decision: ReadableDecision): string {
  if (decision.kind === 'OWNER') return 'OWNER';
  return [...decision.fields].map(([path, access]) => `${path}:${access.mask}`).sort().join(',');
}

/**
 * Per-request loaders of department records, one per (body, record type, decision): every
 * record a request reads of one kind under one decision comes in one statement that selects
 * only the granted fields, and is masked before anything else sees it. Created fresh for each
 * request, so nothing is cached across requests or actors.
 */
export class RecordLoaders {
  private readonly loaders = new Map<string, DataLoader<string, ShapedRecord | null>>();
  private readonly personRecordFinders = new Map<string, DataLoader<string, PersonRecordRef[]>>();
  /** Every body this request read from, with how it answered (its first failure, else UP). */
  readonly sourceStatus = new Map<string, SourceStatus>();

  constructor(
    private readonly sources: DepartmentSources,
    private readonly log: Logger,
    /** Keyed hash of a resident ID number, to look up protected persons. */
    private readonly hashResidentId: (residentId: string) => string,
  ) {}

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

  load(department: string, recordType: string, recordId: string, decision: ReadableDecision, policy: PolicySnapshot): Promise<ShapedRecord | null> {
    const key = `${department}\u0000${recordType}\u0000${decisionSignature(decision)}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      const { definition, db } = this.sources.get(department);
      const source = definition.recordTypes.find((t) => t.name === recordType);
      if (!source) throw HubError.badInput(`Body ${department} has no record type "${recordType}"`);
      const projection = projectionFor(source, decision);
      const statement = recordQuery(source, projection);
      const protectionOf = (residentId: string) => policy.protectionOf(this.hashResidentId(residentId));
      loader = new DataLoader(async (ids) => {
        const rows = await this.fromSource(department, () => loadRecordRows(db, source, ids, projection, statement));
        const byId = new Map(
          rows.map((row) => {
            const record = recordFromRow(department, source, row);
            const shaped = decision.kind === 'OWNER' ? { record, fields: {} } : shapeGrantedRecord(record, { department, source, decision, protectionOf });
            return [row.recordId, shaped] as const;
          }),
        );
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(key, loader);
    }
    return loader.load(recordId);
  }

  /**
   * A failed read is logged in full and answered as SOURCE_UNAVAILABLE naming only the body.
   * Each body's outcome is kept in `sourceStatus` (for `extensions.sources`); once a body has
   * timed out in this request, its further reads in the same request fail at once, so a hanging
   * body costs a response about one deadline, not one deadline per nested read.
   */
  private async fromSource<T>(department: string, read: () => Promise<T>): Promise<T> {
    const known = this.sourceStatus.get(department);
    if (known === 'TIMEOUT') throw HubError.sourceUnavailable(department);
    try {
      const result = await read();
      if (!this.sourceStatus.has(department)) this.sourceStatus.set(department, 'UP');
      return result;
    } catch (error) {
      const status = classifyFailure(error);
      // The first failure names the cause; a later CIRCUIT_OPEN is only its consequence.
      const previous = this.sourceStatus.get(department);
      if (!previous || previous === 'UP') this.sourceStatus.set(department, status);
      const cause = error instanceof SourceFailure ? error.cause : error;
      if (status === 'CIRCUIT_OPEN') this.log.warn({ department, status }, 'department read refused: circuit breaker open');
      else this.log.error({ department, status, err: cause }, 'department read failed');
      throw HubError.sourceUnavailable(department);
    }
  }
}
