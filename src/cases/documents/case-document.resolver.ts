import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { CaseDocumentKind } from '../case-domain-enums';
import type { CaseDocumentService } from './case-document.service';
import { CaseDocumentFile } from './case-document.type';

@Resolver()
export class CaseDocumentResolver {
  constructor(private readonly documents: CaseDocumentService) {}

  /** A mutation, as the ledger's export: every document is an audited act, never a cacheable read. */
  @Mutation(() => CaseDocumentFile, {
    description:
      "A printable document of a case as .docx: the 人民调解协议书 or the 司法确认申请书, with the parties' particulars. Only for a caller shown every " +
      'printed particular in full (the governance centre, or the lead body when no party is protected from it; else FORBIDDEN). Recorded in the audit log (kind EXPORT).',
  })
  exportCaseDocument(
    @Arg('id', () => ID, { description: 'The joint case.' }) id: string,
    @Arg('kind', () => CaseDocumentKind, { description: 'Which document.' }) kind: CaseDocumentKind,
    @Ctx() ctx: RequestContext,
  ) {
    return this.documents.export(ctx, id, kind);
  }
}
