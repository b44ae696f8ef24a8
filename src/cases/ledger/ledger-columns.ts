/**
 * The columns of the work ledger (工作台账), in the order a centre prints them, with the width
 * (in characters) each gets in the workbook.
 */
export const LEDGER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '案件编号', width: 24 },
  { header: '受理日期', width: 12 },
  { header: '纠纷类别', width: 14 },
  { header: '来源渠道', width: 14 },
  { header: '当事人', width: 28 },
  { header: '涉及人数', width: 10 },
  { header: '社区', width: 14 },
  { header: '网格', width: 18 },
  /**
   * Filled only in the governance centre's ledger; empty in every other body's (see
   * `riskLevelCell`): the level comes from other bodies' records, which other bodies see only as
   * counts under the statistics' small-cell rule.
   */
  { header: '风险等级', width: 10 },
  { header: '牵头单位', width: 12 },
  { header: '参与单位', width: 26 },
  { header: '首办责任人', width: 12 },
  { header: '办理期限', width: 12 },
  { header: '当前状态', width: 12 },
  { header: '调解结果', width: 30 },
  { header: '司法确认文书号', width: 24 },
  { header: '结案日期', width: 12 },
  /** 超期 by the one definition (statistics/case-measures.ts): a running clock past its deadline. */
  { header: '是否超期', width: 10 },
  { header: '当事人类型', width: 16 },
  { header: '调解类型', width: 16 },
  { header: '履行状态', width: 10 },
  { header: '回访满意度', width: 10 },
  { header: '延期次数', width: 8 },
] as const;

export const LEDGER_HEADERS: readonly string[] = LEDGER_COLUMNS.map((c) => c.header);

/** One printed row: 序号 and 涉及人数 are numbers, everything else text ('' when there is nothing to print). */
export type LedgerRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
];
