import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { StatementCounter } from '../connectors/department-database';
import { hubMigrations } from '../../migrations/hub';
import { AgreementEntity, ProtectedPersonEntity } from '../agreements/agreement.entity';
import { JointCaseEntity } from '../cases/joint-case.entity';
import { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import { JointCaseRecordLinkEntity } from '../cases/joint-case-record-link.entity';
import { JointCaseHistoryEntity, JointSessionEntity } from '../cases/workflow/joint-case-history.entity';

export const hubEntities = [JointCaseEntity, JointCasePartyEntity, JointCaseRecordLinkEntity, AgreementEntity, ProtectedPersonEntity, JointCaseHistoryEntity, JointSessionEntity];

/** The hub's own database. Schema changes only through migrations, never synchronize. */
export function createHubDataSource(url: string, options: { poolSize?: number; counter?: StatementCounter } = {}): DataSource {
  const counter = options.counter;
  return new DataSource({
    type: 'postgres',
    url,
    entities: hubEntities,
    migrations: hubMigrations,
    migrationsTableName: 'hub_migrations',
    synchronize: false,
    // Statements are only counted (for tests and the benchmark), never logged: they may hold personal data.
    logging: counter ? ['query'] : false,
    logger: counter ? countingLogger(counter) : undefined,
    poolSize: options.poolSize ?? 10,
    applicationName: 'mediation-hub',
  });
}

function countingLogger(counter: StatementCounter): TypeOrmLogger {
  const ignore = () => undefined;
  return {
    logQuery: () => counter.record(HUB_STATEMENTS),
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
}

/** The key under which statements to the hub database are counted. */
export const HUB_STATEMENTS = 'hub';
