import type { Logger } from '../common/logger';
import type { DatabaseTargets } from '../config/config';
import { grantHubRuntime, migrateHub, pendingHubMigrations, roleOfUrl, runtimeRoleFindings } from './provisioning';

/** The hub database's name in an embedded installation. */
export const EMBEDDED_HUB_DATABASE = 'mediation_hub';

/**
 * The owner's login for the hub database (HUB_MIGRATION_DATABASE_URL): only
 * `mediation-hub migrate` uses it. HUB_DATABASE_URL is the runtime role the hub serves with.
 */
export const HUB_MIGRATION_DATABASE_URL_VARIABLE = 'HUB_MIGRATION_DATABASE_URL';

export function migrationDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[HUB_MIGRATION_DATABASE_URL_VARIABLE] || undefined;
}

/** The hub refuses to serve with a role that could alter the audit log or write to a body's database. */
export class UnsafeRuntimeRoleError extends Error {
  constructor(
    readonly findings: readonly string[],
    readonly pending: readonly string[],
  ) {
    super(
      'mediation-hub will not serve:\n' +
        [
          ...findings,
          ...(pending.length ? [`the hub database lacks ${pending.length} migration(s) (${pending.join(', ')})`] : []),
        ]
          .map((line) => `  - ${line}`)
          .join('\n') +
        "\nThe runtime login (HUB_DATABASE_URL) must not own the hub's tables and may only read the bodies' databases." +
        ` Run \`mediation-hub migrate\` with ${HUB_MIGRATION_DATABASE_URL_VARIABLE} (the owner) and serve with the runtime login;` +
        ' the README\'s "Deployment" section has the SQL that creates both roles.',
    );
    this.name = 'UnsafeRuntimeRoleError';
  }
}

/**
 * Applies the owner's migrations and grants (`mediation-hub migrate`): the schema changes only
 * through the owner's login, and the runtime role (the user of HUB_DATABASE_URL, for the
 * command line) gets exactly its privileges afterwards; without one only the migrations run.
 */
export async function migrateAsOwner(ownerUrl: string, runtimeRole?: string): Promise<{ grantedTo?: string }> {
  await migrateHub(ownerUrl);
  if (!runtimeRole) return {};
  if (runtimeRole === roleOfUrl(ownerUrl)) {
    throw new Error(
      `The runtime login (${runtimeRole}) is the owner's: give the hub its own role (see the README's "Deployment" section)`,
    );
  }
  await grantHubRuntime(ownerUrl, runtimeRole);
  return { grantedTo: runtimeRole };
}

/**
 * Gets configured databases ready to serve. In production `start` never migrates: the schema
 * must already be up to date (`mediation-hub migrate`), the owner's login must not be in the
 * serving process's environment, and the runtime role must be unable to alter the audit log or
 * write to a body's database. Any of these refuses the start, with every reason at once.
 * In development the start migrates (with the owner's login if given, else with the one it
 * has, as before) and reports unsafe privileges as a warning.
 */
export async function prepareConfiguredDatabases(
  databases: DatabaseTargets,
  options: { production: boolean; log: Logger; migrationUrl?: string },
): Promise<void> {
  const { production, log, migrationUrl } = options;
  if (!production) {
    if (migrationUrl) await migrateAsOwner(migrationUrl, roleOfUrl(databases.hubUrl));
    else await migrateHub(databases.hubUrl);
  }
  const { findings, unchecked } = await runtimeRoleFindings(databases);
  let pending: string[] = [];
  try {
    pending = await pendingHubMigrations(databases.hubUrl);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    findings.push(
      'the hub database role may not read hub_migrations, so the start cannot tell whether the schema is up to date (`mediation-hub migrate` grants it)',
    );
  }
  if (production && migrationUrl) {
    findings.unshift(
      `${HUB_MIGRATION_DATABASE_URL_VARIABLE} is set: the serving process must not hold the owner's login; give it to \`mediation-hub migrate\` only`,
    );
  }
  for (const department of unchecked)
    log.warn(
      { department },
      "could not check the hub's privileges on this body's database (unreachable); checked again next start",
    );
  if (findings.length === 0 && pending.length === 0) return;
  const error = new UnsafeRuntimeRoleError(findings, pending);
  if (production) throw error;
  log.warn({ findings }, 'the hub database login could alter the audit log or write to a body (refused in production)');
}
