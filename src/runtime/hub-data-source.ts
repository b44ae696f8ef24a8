import { Pool } from 'pg';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import { PLAN_ONCE } from '../common/hub-statement';
import type { StatementCounter } from '../connectors/department-database';
import { hubMigrations } from '../../migrations/hub';
import { AgreementEntity } from '../agreements/agreement.entity';
import { ProtectedPersonEntity } from '../agreements/protected-person.entity';
import { JointCaseEntity } from '../cases/joint-case.entity';
import { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import { JointCaseRecordLinkEntity } from '../cases/joint-case-record-link.entity';
import { JointCaseHistoryEntity } from '../cases/joint-case-history.entity';
import { JointSessionEntity } from '../cases/joint-session.entity';
import { countStatement } from '../observability/request-observation';
import { MediationAgreementEntity } from '../cases/agreement/mediation-agreement.entity';

export const hubEntities = [
  JointCaseEntity,
  JointCasePartyEntity,
  JointCaseRecordLinkEntity,
  AgreementEntity,
  ProtectedPersonEntity,
  JointCaseHistoryEntity,
  JointSessionEntity,
  MediationAgreementEntity,
];

/** Limits on every wait of a hub-database session (see HubDatabaseLimits in src/config/config.ts). */
export interface HubSessionLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  connectTimeoutMs: number;
}

/** Time the client waits past the server's statement timeout before it gives up on a silent connection. */
export const CLIENT_READ_MARGIN_MS = 1000;

/**
 * pg settings that bound every wait of a session: the server cancels a statement
 * (statement_timeout) or a lock wait (lock_timeout); the client gives up on a connection that
 * stops answering altogether (query_timeout: a partition, a frozen server) and on opening or
 * waiting for a connection (connectionTimeoutMillis); a transaction left idle is ended.
 */
export function boundedSessionSettings(limits: HubSessionLimits, statementTimeoutMs = limits.statementTimeoutMs) {
  return {
    statement_timeout: statementTimeoutMs,
    lock_timeout: Math.min(limits.lockTimeoutMs, statementTimeoutMs),
    idle_in_transaction_session_timeout: Math.max(statementTimeoutMs * 2, 10_000),
    query_timeout: statementTimeoutMs + CLIENT_READ_MARGIN_MS,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    keepAlive: true,
  };
}

/** Sessions for the hub's named reads (hubRead) per serving hub process, beside the DataSource's own pool. */
const NAMED_READ_CONNECTIONS = 10;

/**
 * The hub's own database, with the sessions its named reads run on (src/common/hub-statement.ts:
 * a case and its parts by id, a page of the work list). Those sessions plan each statement once
 * (PLAN_ONCE: a case with its parts 0.91 → 0.42 ms, the work list's page 3.1 → 1.9 ms at 106k
 * cases); every other statement keeps Postgres's own choice between plans, per execution.
 */
export class HubDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    /** The named reads' sessions; null where they share the DataSource's pool (migrations, tools). */
    readonly namedReads: Pool | null,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    await this.namedReads?.end();
    await super.destroy();
  }
}

/**
 * The hub's own database. Schema changes only through migrations, never synchronize. With
 * `limits` (a serving hub) every session's waits are bounded and named reads have sessions of
 * their own; migrations run without either.
 */
export function createHubDataSource(
  url: string,
  options: { poolSize?: number; counter?: StatementCounter; limits?: HubSessionLimits } = {},
): HubDataSource {
  const counter = options.counter;
  const namedReads = options.limits
    ? new Pool({
        connectionString: url,
        max: NAMED_READ_CONNECTIONS,
        application_name: 'mediation-hub:reads',
        options: PLAN_ONCE,
        ...boundedSessionSettings(options.limits),
      })
    : null;
  // A session lost between reads is replaced by the pool; the read that needed it fails on its own.
  namedReads?.on('error', () => undefined);
  return new HubDataSource(
    {
      type: 'postgres',
      url,
      entities: hubEntities,
      migrations: hubMigrations,
      migrationsTableName: 'hub_migrations',
      synchronize: false,
      // Statements are only counted (for tests, the benchmark and the access log), never logged: they may hold personal data.
      logging: counter ? ['query'] : false,
      logger: counter ? countingLogger(counter) : undefined,
      poolSize: options.poolSize ?? 10,
      applicationName: 'mediation-hub',
      ...(options.limits ? { extra: boundedSessionSettings(options.limits) } : {}),
    },
    namedReads,
  );
}

function countingLogger(counter: StatementCounter): TypeOrmLogger {
  const ignore = () => undefined;
  return {
    logQuery: () => {
      counter.record(HUB_STATEMENTS);
      countStatement(HUB_STATEMENTS);
    },
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
}

/** The key under which statements to the hub database are counted. */
export const HUB_STATEMENTS = 'hub';
