/** UTF-8 byte-order mark: without it Excel reads a UTF-8 CSV in the machine's legacy code page (GBK) and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number;

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, or a leading tab or carriage
 * return) is prefixed with an apostrophe, so that a party's name such as `=HYPERLINK(…)` taken
 * in at the window stays text when a centre opens the file (CSV injection). Numbers are untouched.
 */
export function neutraliseFormula(value: CsvValue): CsvValue {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvField(value: CsvValue): string {
  const text = String(neutraliseFormula(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, then each record (header first) ended by CRLF. */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}
