import type { Logger } from '../common/logger';
import type { DepartmentDefinition } from './department-definition';
import { DepartmentDatabase, StatementCounter } from './department-database';
import type { DepartmentRegistry } from './department-registry';

export interface DepartmentSource {
  definition: DepartmentDefinition;
  db: DepartmentDatabase;
}

export type DepartmentStatus = 'UP' | 'DOWN';

/** The live connection to every registered body: one pool each, created at start-up. */
export class DepartmentSources {
  readonly statements = new StatementCounter();
  private readonly sources = new Map<string, DepartmentSource>();

  constructor(
    readonly registry: DepartmentRegistry,
    urls: Record<string, string>,
    statementTimeoutMs: number,
    private readonly log: Logger,
  ) {
    for (const definition of registry.all) {
      const url = urls[definition.code];
      if (!url) throw new Error(`No database URL for body ${definition.code}`);
      const db = new DepartmentDatabase({
        department: definition.code,
        url,
        statementTimeoutMs,
        counter: this.statements,
      });
      this.sources.set(definition.code, { definition, db });
    }
  }

  get(code: string): DepartmentSource {
    const source = this.sources.get(code);
    if (!source) throw new Error(`Body ${code} is not registered`);
    return source;
  }

  /** Each body's reachability, for /ready. */
  async status(): Promise<Record<string, DepartmentStatus>> {
    const entries = await Promise.all(
      [...this.sources.values()].map(async ({ definition, db }) => {
        try {
          await db.ping();
          return [definition.code, 'UP'] as const;
        } catch (error) {
          this.log.warn({ department: definition.code, err: error }, 'department database unreachable');
          return [definition.code, 'DOWN'] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  }

  async close(): Promise<void> {
    await Promise.all([...this.sources.values()].map(({ db }) => db.close()));
  }
}
