import { SingleBar, Presets } from 'cli-progress';
import { loadOrCreateLocalKeys } from '../auth/local-keys';
import type { HubConfig } from '../config/config';
import type { DepartmentRegistry } from '../connectors/department-registry';
import { demoBodies } from '../demo/bodies';
import { defaultDatabaseNames, provisionDatabases } from '../demo/embedded-installation';
import { seedDemoData } from '../demo/seed';
import { withEmbeddedCluster } from './embedded-cluster';
import { quoteIdent, withClient } from '../runtime/provisioning';

/**
 * Replaces the embedded demo data with `scale` times the default set: the demo bodies'
 * databases are rebuilt by their migrations and the hub's joint cases emptied. Works while
 * `mediation-hub start` runs (it uses that server) or on its own (it starts the server).
 */
export async function reseedEmbedded(config: HubConfig, registry: DepartmentRegistry, scale: number): Promise<void> {
  await withEmbeddedCluster(config, async (logins) => {
    const { adminUrl } = logins;
    const names = defaultDatabaseNames(demoBodiesOf(registry));
    await withClient(adminUrl('postgres'), async (client) => {
      for (const database of Object.values(names.departments)) {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
      }
    });
    const provisioned = await provisionDatabases(logins, demoBodiesOf(registry), names);
    await withClient(provisioned.adminUrls.hub, (client) =>
      client.query('TRUNCATE joint_case, agreement, protected_person CASCADE'),
    );
    const keys = await loadOrCreateLocalKeys(config.dataDir);
    const bar = new SingleBar(
      { format: 'seeding {bar} {value}/{total} chunks | {eta_formatted} left', stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(scale, 0);
    const { jointCases } = await seedDemoData(
      { hubUrl: provisioned.adminUrls.hub, departmentAdminUrls: provisioned.adminUrls.departments },
      {
        bodies: demoBodiesOf(registry),
        scale,
        personHashKey: keys.personHashKey,
        onProgress: (done) => bar.update(done),
      },
    );
    bar.stop();
    process.stdout.write(`seeded ${scale} × the default demo set: ${jointCases} joint cases\n`);
  });
}

/** The demo bodies of the registered bodies (a registered body without one has no demo database). */
export function demoBodiesOf(registry: DepartmentRegistry) {
  return demoBodies.filter((body) => registry.has(body.code));
}
