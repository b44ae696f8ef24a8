import { DataSource } from 'typeorm';
import { hubMigrations } from '../../migrations/hub';
import { JointCaseEntity } from '../cases/joint-case.entity';
import { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import { JointCaseRecordLinkEntity } from '../cases/joint-case-record-link.entity';

export const hubEntities = [JointCaseEntity, JointCasePartyEntity, JointCaseRecordLinkEntity];

/** The hub's own database. Schema changes only through migrations, never synchronize. */
export function createHubDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: hubEntities,
    migrations: hubMigrations,
    migrationsTableName: 'hub_migrations',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    applicationName: 'mediation-hub',
  });
}
