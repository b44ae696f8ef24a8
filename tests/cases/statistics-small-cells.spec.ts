import { smallCell, suppressColumn } from '../../src/cases/statistics/small-cells';

describe(suppressColumn.name, () => {
  it('shows a count of five or more as its digits and every count from zero to four as "<5"', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12].map(smallCell)).toEqual(['<5', '<5', '<5', '<5', '<5', '5', '6', '12']);
  });

  it('leaves a column alone when two or more of its cells are small, since their sum alone cannot be split', () => {
    expect(suppressColumn([6, 3, 2], 11)).toEqual({ rows: ['6', '<5', '<5'], total: '11' });
  });

  it('withholds the smallest other cell as "≥5" when exactly one cell is small and the total is shown, so the small one cannot be computed', () => {
    // Without it, 20 − 9 − 8 would give the small cell away as 3.
    expect(suppressColumn([9, 3, 8], 20)).toEqual({ rows: ['9', '<5', '≥5'], total: '20' });
  });

  it('withholds the first of equal smallest cells, and nothing when the total itself is small', () => {
    expect(suppressColumn([7, 7, 1], 15)).toEqual({ rows: ['≥5', '7', '<5'], total: '15' });
    expect(suppressColumn([3], 3)).toEqual({ rows: ['<5'], total: '<5' });
    expect(suppressColumn([], 0)).toEqual({ rows: [], total: '<5' });
  });
});
