import { Client } from 'pg';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Logger } from '../common/logger';
import { AgreementEntity } from './agreement.entity';
import { ProtectedPersonEntity } from './protected-person.entity';
import type { ProtectionKind } from './record-shaper';

export const POLICY_CHANNEL = 'hub_policy_changed';
const RECONNECT_MS = 1000;
const LISTENER_CONNECT_TIMEOUT_MS = 3000;

/** What every decision of one request is made against: read once, used throughout the request. */
export interface PolicySnapshot {
  activeAgreements: readonly AgreementEntity[];
  protectionOf(residentIdHash: string): ReadonlySet<ProtectionKind>;
  /** The bodies that marked the person protected: besides the centre, the only ones to see their contact in a joint case. */
  protectionMarkedBy(residentIdHash: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<ProtectionKind> = new Set();
const NO_BODIES: ReadonlySet<string> = new Set();

/**
 * The active agreements and protected persons, held in memory by each hub process and
 * refreshed through Postgres LISTEN/NOTIFY: a change committed by any replica marks every
 * replica's copy stale at once. While the listening connection is down the copy is not
 * trusted, and each request reads the tables itself until it is back.
 */
export class PolicyDirectory {
  private snapshot: PolicySnapshot | null = null;
  private listening = false;
  private reloading: { generation: number; promise: Promise<PolicySnapshot> } | null = null;
  private listener: Client | null = null;
  private closed = false;
  /** Bumped by every announced change; a reload that saw an older generation is not kept. */
  private generation = 0;

  constructor(
    private readonly hubDb: DataSource,
    private readonly hubUrl: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.listen();
    await this.reload();
  }

  /** The current policy; reloaded first when a change was announced or the listener is down. */
  async current(): Promise<PolicySnapshot> {
    if (this.snapshot && this.listening) return this.snapshot;
    return this.reload();
  }

  /** Announces a change to every replica; call inside the transaction that makes it (sent at commit). */
  static async announceChange(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_notify($1, '')`, [POLICY_CHANNEL]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private reload(): Promise<PolicySnapshot> {
    // A reload that began before the latest announced change cannot answer for it.
    if (this.reloading && this.reloading.generation === this.generation) return this.reloading.promise;
    const generation = this.generation;
    const promise: Promise<PolicySnapshot> = (async () => {
      try {
        const [agreements, protections] = await Promise.all([
          this.hubDb.getRepository(AgreementEntity).find({ where: { status: 'ACTIVE' } }),
          this.hubDb.getRepository(ProtectedPersonEntity).find({ where: { liftedAt: IsNull() } }),
        ]);
        const kinds = new Map<string, Set<ProtectionKind>>();
        const markedBy = new Map<string, Set<string>>();
        for (const p of protections) {
          kinds.set(p.residentIdHash, (kinds.get(p.residentIdHash) ?? new Set<ProtectionKind>()).add(p.kind));
          markedBy.set(
            p.residentIdHash,
            (markedBy.get(p.residentIdHash) ?? new Set<string>()).add(p.markedByDepartment),
          );
        }
        const snapshot: PolicySnapshot = {
          activeAgreements: agreements,
          protectionOf: (hash) => kinds.get(hash) ?? NONE,
          protectionMarkedBy: (hash) => markedBy.get(hash) ?? NO_BODIES,
        };
        if (generation === this.generation) this.snapshot = snapshot;
        return snapshot;
      } finally {
        if (this.reloading?.generation === generation) this.reloading = null;
      }
    })();
    this.reloading = { generation, promise };
    return promise;
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    // Bounded like every hub session: a partition fails the connect instead of hanging it.
    const client = new Client({
      connectionString: this.hubUrl,
      application_name: 'mediation-hub:policy-listener',
      connectionTimeoutMillis: LISTENER_CONNECT_TIMEOUT_MS,
      statement_timeout: LISTENER_CONNECT_TIMEOUT_MS,
      lock_timeout: LISTENER_CONNECT_TIMEOUT_MS,
      query_timeout: LISTENER_CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    const lost = (error?: unknown) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.snapshot = null;
      if (this.closed) return;
      this.log.warn({ err: error }, 'policy listener lost; reading policy per request until it is back');
      setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS).unref();
    };
    client.on('notification', () => {
      this.generation++;
      this.snapshot = null;
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${POLICY_CHANNEL}`);
      this.listener = client;
      this.listening = true;
    } catch (error) {
      this.listener = client;
      lost(error);
    }
  }
}
