import type { ClientBase } from 'pg';
import type { MigrationInterface } from 'typeorm';
import type { ScenarioChunk } from './scenario';

/** A record the demo seed wrote for a dispute of the scenario, so joint cases can link to it. */
export interface SeededRecordRef {
  disputeKey: string;
  recordType: string;
  recordId: string;
}

/**
 * A simulated body for the demo: how the demo builds and fills this body's own database.
 * Real bodies already have theirs; the hub only reads them through their connector, so none
 * of this is part of the product (`src/connectors/` knows nothing of it).
 */
export interface DemoBody {
  /** The code of the body (its connector's DepartmentDefinition) this simulates. */
  code: string;
  /** Database name used for the embedded default. */
  databaseName: string;
  /** Migrations of the body's own schema, applied only to the demo database. */
  migrations: Array<new () => MigrationInterface>;
  /** Writes this body's records for one chunk of the scenario, set-based. */
  seed(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]>;
}
