import { IDENTITY_DOCUMENT_ZH } from '../../common/identity-document';
import type { CasePartyRow } from '../joint-case.sql';
import type { MediationAgreementEntity } from '../agreement/mediation-agreement.entity';
import { PARTY_ROLE_ZH, zh } from '../labels-zh';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const GENDER_ZH: Record<string, string> = { MALE: '男', FEMALE: '女' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2026-03-05 → 2026年3月5日, as official documents write dates. */
export function chineseDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function numeral(n: number): string {
  return n <= 10 ? NUMERALS[n - 1] : String(n);
}

/** One paragraph of a document, built with `docx` only when a document is written (see `pack`). */
interface Line {
  text: string;
  title?: boolean;
  bold?: boolean;
  indent?: boolean;
  align?: 'right';
}

const title = (text: string): Line => ({ text, title: true });
const line = (text: string, options: { bold?: boolean; indent?: boolean; align?: 'right' } = {}): Line => ({
  text,
  ...options,
});
const heading = (text: string) => line(text, { bold: true });

/** A party's particulars as a 协议书 lists them: a person's 姓名、性别、民族、出生日期…, an organisation's 名称、代码、住所地、法定代表人. */
export function partyParticulars(party: CasePartyRow, roleLabel: string): string[] {
  const lines: string[] = [];
  if (party.kind === 'NATURAL_PERSON' || !party.kind) {
    const items = [
      `${roleLabel}：${party.name}`,
      party.gender ? `性别${GENDER_ZH[party.gender]}` : null,
      party.ethnicity,
      party.birthDate ? `${chineseDate(party.birthDate)}出生` : null,
      `${IDENTITY_DOCUMENT_ZH[party.documentType ?? 'RESIDENT_ID']}号码${party.residentId ?? party.documentNumber ?? ''}`,
      party.address ? `住址${party.address}` : null,
      party.mobile ? `联系方式${party.mobile}` : null,
    ];
    lines.push(items.filter(Boolean).join('，') + '。');
  } else {
    lines.push(
      [
        `${roleLabel}：${party.name}`,
        `统一社会信用代码${party.documentNumber ?? ''}`,
        party.address ? `住所地${party.address}` : null,
        party.mobile ? `联系方式${party.mobile}` : null,
      ]
        .filter(Boolean)
        .join('，') + '。',
    );
    lines.push(`法定代表人（主要负责人）：${party.legalRepresentative ?? ''}。`);
  }
  if (party.agentName)
    lines.push(`委托代理人：${party.agentName}${party.agentRelation ? `，${party.agentRelation}` : ''}。`);
  return lines;
}

/**
 * The .docx file. The `docx` package (about 13 MB in memory) is loaded on the first document
 * written, not when the hub starts: most hub processes never write one.
 */
async function pack(lines: Line[]): Promise<Buffer> {
  const { AlignmentType, Document, Packer, Paragraph, TextRun } = await import('docx');
  const children = lines.map((l) =>
    l.title
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 400 },
          children: [new TextRun({ text: l.text, bold: true, size: 44, font: { eastAsia: '宋体' } })],
        })
      : new Paragraph({
          alignment: l.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: l.indent ? { firstLine: 560 } : undefined,
          spacing: { line: 440 },
          children: [new TextRun({ text: l.text, bold: l.bold })],
        }),
  );
  const document = new Document({
    creator: '综治中心',
    styles: { default: { document: { run: { size: 28, font: { ascii: 'Times New Roman', eastAsia: '仿宋' } } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(document);
}

function obligationLines(agreement: MediationAgreementEntity, parties: readonly CasePartyRow[]): string[] {
  return agreement.obligations.map((o, i) => {
    const obligor = parties.find((p) => p.id === o.obligorPartyId)?.name ?? '';
    return `${numeral(i + 1)}、${obligor}${o.content}。履行方式：${o.performanceMethod}；履行期限：${chineseDate(o.dueOn)}前。`;
  });
}

/** 人民调解协议书, with the headings 人民调解法 第二十九条 requires: 当事人, 纠纷事实, 协议内容, 履行方式与期限. */
export function mediationAgreementDocx(
  agreement: MediationAgreementEntity,
  parties: readonly CasePartyRow[],
  caseNumber: string,
): Promise<Buffer> {
  const children: Line[] = [
    title('人民调解协议书'),
    line(`编号：${agreement.documentNumber}`, { align: 'right' }),
    line(`案件编号：${caseNumber}`, { align: 'right' }),
    heading('当事人'),
    ...parties.flatMap((p) => partyParticulars(p, zh(PARTY_ROLE_ZH, p.role)).map((text) => line(text))),
    heading('纠纷主要事实、争议事项'),
    line(agreement.facts, { indent: true }),
    heading('经调解，当事人自愿达成如下协议'),
    ...obligationLines(agreement, parties).map((text) => line(text, { indent: true })),
    heading('履行方式、时限'),
    line('各项义务按上列履行方式于各自履行期限届满前履行完毕。', { indent: true }),
    line(
      `本协议自${chineseDate(agreement.effectiveOn)}起生效，具有法律约束力，当事人应当按照约定履行。当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。`,
      { indent: true },
    ),
    line(`本协议一式${parties.length + 1}份，当事人、调解组织各执一份。`, { indent: true }),
    line(''),
    ...parties.map((p) => line(`${zh(PARTY_ROLE_ZH, p.role)}（签名、盖章或按指印）：`)),
    line(`调解员（签名）：${agreement.mediator}`),
    line(`${agreement.organisation}（盖章）`, { align: 'right' }),
    line(chineseDate(agreement.effectiveOn), { align: 'right' }),
  ];
  return pack(children);
}

/** 司法确认申请书: the parties apply jointly to the court to confirm the agreement (人民调解法 第三十三条). */
export function judicialConfirmationApplicationDocx(
  agreement: MediationAgreementEntity,
  parties: readonly CasePartyRow[],
  court: string,
): Promise<Buffer> {
  const children: Line[] = [
    title('司法确认申请书'),
    heading('申请人'),
    ...parties.flatMap((p) => partyParticulars(p, '申请人').map((text) => line(text))),
    heading('请求事项'),
    line(
      `请求人民法院确认申请人于${chineseDate(agreement.effectiveOn)}经${agreement.organisation}主持调解达成的人民调解协议（编号：${agreement.documentNumber}）有效。`,
      { indent: true },
    ),
    heading('事实和理由'),
    line(agreement.facts, { indent: true }),
    line(`经${agreement.organisation}调解员${agreement.mediator}主持调解，申请人自愿达成调解协议，协议内容如下：`, {
      indent: true,
    }),
    ...obligationLines(agreement, parties).map((text) => line(text, { indent: true })),
    line(
      '依照《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的规定，申请人自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
      { indent: true },
    ),
    heading('申请人承诺'),
    line(
      '申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如因虚假调解给他人造成损失，愿意承担相应的法律责任。',
      { indent: true },
    ),
    line(''),
    line('此致'),
    line(court),
    line(''),
    ...parties.map((p) => line(`申请人（签名或盖章）：${p.name}`)),
    line('年　　月　　日', { align: 'right' }),
  ];
  return pack(children);
}
