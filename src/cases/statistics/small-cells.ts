/**
 * The small-cell rule for counts that draw on other bodies' records (a risk level comes from
 * police call-outs, warning letters and other bodies' history; a judicial confirmation is the
 * court's ruling). Such counts leave the hub only as aggregates, and a cell under
 * {@link SMALL_CELL_THRESHOLD} is not shown as a number:
 *
 * - `"<5"`: the count is 0, 1, 2, 3 or 4 (primary suppression);
 * - `"≥5"`: the count is 5 or more but is withheld because it, the total and the other cells
 *   would otherwise give away the one small cell of its column (secondary suppression);
 * - otherwise the count itself, in decimal digits.
 *
 * Every shown string is true of the count it stands for.
 */
export const SMALL_CELL_THRESHOLD = 5;
export const BELOW_THRESHOLD = `<${SMALL_CELL_THRESHOLD}`;
export const WITHHELD_AT_OR_ABOVE_THRESHOLD = `≥${SMALL_CELL_THRESHOLD}`;

export function smallCell(count: number): string {
  return count < SMALL_CELL_THRESHOLD ? BELOW_THRESHOLD : String(count);
}

/**
 * One column of a table: its row counts and its total. When the total is shown and exactly one
 * row is below the threshold, that row could be computed as total − the other rows; the
 * smallest other row (the first of equals) is then withheld as `"≥5"` too.
 */
export function suppressColumn(rows: readonly number[], total: number): { rows: string[]; total: string } {
  const shown = rows.map(smallCell);
  const small = rows.filter((n) => n < SMALL_CELL_THRESHOLD).length;
  if (total >= SMALL_CELL_THRESHOLD && small === 1) {
    let partner = -1;
    rows.forEach((n, i) => {
      if (n >= SMALL_CELL_THRESHOLD && (partner < 0 || n < rows[partner])) partner = i;
    });
    if (partner >= 0) shown[partner] = WITHHELD_AT_OR_ABOVE_THRESHOLD;
  }
  return { rows: shown, total: smallCell(total) };
}
