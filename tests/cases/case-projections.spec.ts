import { CaseProjections, fullPageRead } from '../../src/cases/joint-case-page-read';
import { CASES_WITH_PARTS_SQL } from '../../src/cases/joint-case.sql';

/*
 * Each projection of cases is a statement text of its own (a named prepared statement on every
 * session), so a hub keeps a bounded number of them; past the bound a read takes everything.
 */

const NARROW = ['id', 'caseNumber', 'status', 'leadDepartment', 'participatingDepartments'];

describe(CaseProjections.name, () => {
  it('reads a single case by the columns asked, with every particular of its parties and its links', () => {
    const projection = new CaseProjections(4).singleCase([...NARROW, 'createdAt'])!;
    expect(projection.sql).toContain('c.case_number AS "caseNumber"');
    expect(projection.sql).not.toContain('c.description');
    expect(projection.sql).toContain("'residentIdHash', p.resident_id_hash");
    expect(projection.sql).toContain("'electedRepresentative'");
    expect(projection.sql).toContain('AS "recordLinks"');
    expect(projection.timestamps).toEqual(['createdAt']);
  });

  it('gives the same statement for the same columns, and none (every column) for undeclared needs', () => {
    const projections = new CaseProjections(4);
    expect(projections.singleCase(NARROW)).toBe(projections.singleCase([...NARROW]));
    expect(projections.singleCase(null)).toBeNull();
  });

  it('reads everything past its bound, for single cases and for pages alike', () => {
    const projections = new CaseProjections(2);
    const first = projections.singleCase(NARROW);
    expect(projections.singleCase([...NARROW, 'title'])).not.toBeNull();
    expect(projections.singleCase([...NARROW, 'place'])).toBeNull();
    // Those already kept stay kept.
    expect(projections.singleCase(NARROW)).toBe(first);

    const page = (caseFields: string[]) => ({ caseFields, parties: false, partyFields: [], needsPolicy: false });
    expect(projections.page(page(NARROW)).read.caseFields).toEqual(NARROW);
    expect(projections.page(page([...NARROW, 'title'])).read.caseFields).toEqual([...NARROW, 'title']);
    const past = projections.page(page([...NARROW, 'place']));
    expect(past.read).toEqual({ ...fullPageRead(), needsPolicy: false });
    expect(past.select).toContain('c.description');
  });

  it('reads every column as the full read of a case does', () => {
    // The full read keeps the one statement every other path (workflow checks, documents) uses.
    expect(CASES_WITH_PARTS_SQL).toContain('c.description');
    expect(CASES_WITH_PARTS_SQL).toContain('AS "recordLinks"');
  });
});
