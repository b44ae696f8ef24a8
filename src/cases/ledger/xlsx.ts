import { PassThrough } from 'node:stream';
import type { PaperSize } from 'exceljs';
import { LEDGER_COLUMNS, type LedgerRow } from './ledger-columns';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const LEDGER_SHEET_NAME = '工作台账';
const A4 = 9 as PaperSize;

/**
 * The ledger as a workbook a centre can print as it is: one sheet, the header row bold and
 * frozen (and repeated on every printed page), column widths set, text wrapped, A4 landscape
 * fitted to one page wide, page numbers in the footer. Every text cell is written as a string,
 * never as a formula.
 *
 * Written as a stream (exceljs's streaming writer): each row is committed to the zip as it is
 * added, so a ledger of the most rows an export allows (MAX_LEDGER_ROWS) needs a few MB of
 * heap rather than the 150+ MB the in-memory workbook model takes, and fits the hub's bounded
 * heap (`npm start`, README "Deployment").
 */
export async function ledgerWorkbook(rows: readonly LedgerRow[], title: string, created: Date): Promise<Buffer> {
  // exceljs is loaded on the first export, not at start-up: it adds tens of MB to the resident
  // size of a hub that may never export a workbook.
  const { stream } = await import('exceljs');
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => output.once('end', resolve).once('error', reject));
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'mediation-hub';
  workbook.created = created;
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
    },
    headerFooter: { oddHeader: `&C${title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    added.alignment = { vertical: 'top', wrapText: true };
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
