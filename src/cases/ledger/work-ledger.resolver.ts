import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { LedgerFile, WorkLedgerArgs } from './ledger.types';
import type { WorkLedgerService } from './work-ledger.service';

@Resolver()
export class WorkLedgerResolver {
  constructor(private readonly ledger: WorkLedgerService) {}

  /** A mutation, not a query: every export is an audited act (records leave the hub in bulk), never a cacheable read. */
  @Mutation(() => LedgerFile, {
    description:
      'The work ledger (工作台账) of the cases taken in during [from, until) that the caller may see, as CSV or XLSX. ' +
      "For the governance centre and a body's CHIEF or SUPERVISOR. Every export is recorded in the audit log (kind EXPORT).",
  })
  exportWorkLedger(@Args() args: WorkLedgerArgs, @Ctx() ctx: RequestContext) {
    return this.ledger.export(ctx, args);
  }
}
