import type { DataSource } from 'typeorm';
import { ErrorCode } from '../../common/error-code';
import { HubError } from '../../common/hub-error';
import type { RequestContext } from '../../graphql/request-context';
import type { ReadRoom } from '../../read-room/read-room';
import type { JointCaseService } from '../joint-case.service';
import { MediationAgreementEntity } from '../agreement/mediation-agreement.entity';
import { CaseDocumentKind } from '../case-domain-enums';
import type { CaseDocumentFile } from './case-document.type';
import { DOCX_CONTENT_TYPE, judicialConfirmationApplicationDocx, mediationAgreementDocx } from './case-documents.docx';

/** The court a 司法确认 application is addressed to in the demo district. */
export const CONFIRMING_COURT = '杭州市西湖区人民法院';

/**
 * The printable documents of a case: the 人民调解协议书 and the 司法确认申请书, as .docx. A
 * document prints every particular of every party, so it is made only for a caller shown each
 * of them in full (the read room decides); every export is recorded in the audit (kind EXPORT)
 * with the parties it names.
 */
export class CaseDocumentService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly jointCases: JointCaseService,
    private readonly readRoom: ReadRoom,
  ) {}

  async export(ctx: RequestContext, id: string, kind: CaseDocumentKind): Promise<CaseDocumentFile> {
    const jointCase = await this.jointCases.findVisible(ctx, id);
    const parties = await this.readRoom.printableParties(ctx, jointCase);
    const agreement = await this.hubDb.getRepository(MediationAgreementEntity).findOneBy({ jointCaseId: jointCase.id });
    if (!agreement)
      throw new HubError(
        ErrorCode.INVALID_TRANSITION,
        'The case has no structured mediation agreement (人民调解协议书) to print',
        { status: jointCase.status },
      );
    const bytes =
      kind === CaseDocumentKind.MEDIATION_AGREEMENT
        ? await mediationAgreementDocx(agreement, parties, jointCase.caseNumber)
        : await judicialConfirmationApplicationDocx(agreement, parties, CONFIRMING_COURT);
    const name = kind === CaseDocumentKind.MEDIATION_AGREEMENT ? '人民调解协议书' : '司法确认申请书';
    ctx.accessLog.changed({
      kind: 'EXPORT',
      subjectHashes: parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null),
      detail: { report: kind, format: 'DOCX', jointCaseId: jointCase.id, documentNumber: agreement.documentNumber },
    });
    return {
      filename: `${name}_${agreement.documentNumber}.docx`,
      contentType: DOCX_CONTENT_TYPE,
      contentBase64: bytes.toString('base64'),
    };
  }
}
