import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../common/logger';
import type { RequestContext } from '../../graphql/request-context';

/**
 * Runs a task as the governance centre's risk screening and writes its audit records in the
 * task's transaction (`manager`); the hub provides it.
 */
export type RunAsRiskScreening = <T>(manager: EntityManager, task: (ctx: RequestContext) => Promise<T>) => Promise<T>;

/** Where a write that queued a risk re-assessment wakes the worker (it also looks on its own every few seconds). */
export interface RiskQueue {
  kick(): void;
}

/**
 * Completes queued risk assessments (risk_assessment_request): a case whose intake did not
 * finish its assessment, or whose links a body changed. Each runs as the governance centre
 * under its own RISK_SCREENING agreements — never with the access of the body whose change
 * queued it — in one transaction with the request's removal and the reads' audit records.
 * Replicas share the queue: a row is taken with SKIP LOCKED.
 */
export class RiskScreeningWorker implements RiskQueue {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private again = false;

  constructor(
    private readonly hubDb: DataSource,
    /** Stores a fresh assessment; false when a user is changing the case (it stays queued). */
    private readonly assess: (ctx: RequestContext, jointCaseId: string, manager: EntityManager) => Promise<boolean>,
    private readonly runAsRiskScreening: RunAsRiskScreening,
    private readonly log: Logger,
  ) {}

  /** Looks at the queue every `intervalMs` (work left by a stopped replica, a failed attempt). */
  start(intervalMs = 5000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Works through the queue now (after a write queued something). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.work().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves once the queue has been worked through (or an attempt failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }

  private async work(): Promise<void> {
    try {
      while (await this.assessNext());
    } catch (error) {
      // Left queued; the next pass tries again.
      this.log.warn({ err: error }, 'queued risk assessment failed; it stays queued');
    }
  }

  private assessNext(): Promise<boolean> {
    return this.hubDb.transaction(async (manager) => {
      const rows: Array<{ joint_case_id: string }> = await manager.query(
        `SELECT joint_case_id FROM risk_assessment_request ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1`,
      );
      if (rows.length === 0) return false;
      // A case a user is changing right now is left for the next pass (the timer's).
      return this.runAsRiskScreening(manager, (ctx) => this.assess(ctx, rows[0].joint_case_id, manager));
    });
  }
}
