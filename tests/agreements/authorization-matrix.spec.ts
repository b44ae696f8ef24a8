import { decideAccess } from '../../src/agreements/agreement-policy';
import { Mask, Purpose } from '../../src/agreements/agreement.enums';
import type { AgreementEntity } from '../../src/agreements/agreement.entity';
import type { AccessDecision, CaseScope } from '../../src/agreements/access-decision';
import { GOVERNANCE_CENTRE, Role } from '../../src/auth/actor';
import { fieldPaths } from '../../src/connectors/record-query';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { DEMO_AGREEMENTS } from '../../src/demo/demo-agreements';

/**
 * The whole authorization matrix of the demo agreements, generated: every consumer body ×
 * role × purpose × provider body × record type × field path. The expected cell is worked
 * out here from the agreement data alone, never through the policy code.
 */

type Cell =
  { decision: 'OWNER' } | { decision: 'GRANTED' } | { decision: 'MASKED'; mask: Mask } | { decision: 'DENIED' };

const PROVIDERS = registeredDepartments.map((d) => d.code);
const CONSUMERS = [...PROVIDERS, GOVERNANCE_CENTRE];
const ROLES = Object.values(Role);
const PURPOSES = Object.values(Purpose);
/** Inside the demo agreements' validity period (2026-01-01 to 2028-01-01). */
const NOW = new Date('2026-06-15T04:00:00Z');

/** The demo agreements as the policy directory holds them: active entities with ids. */
const AGREEMENTS: AgreementEntity[] = DEMO_AGREEMENTS.map((a, i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  title: a.title,
  provider: a.provider,
  consumer: a.consumer,
  purpose: a.purpose,
  scope: a.scope,
  consumerRoles: [...a.consumerRoles],
  grants: a.grants,
  validFrom: new Date('2026-01-01T00:00:00+08:00'),
  validUntil: new Date('2028-01-01T00:00:00+08:00'),
  status: 'ACTIVE',
  statusReason: null,
  draftedBy: 'test',
  draftedByDepartment: GOVERNANCE_CENTRE,
  providerApprovedBy: `${a.provider} chief`,
  providerApprovedAt: new Date('2026-01-05T09:00:00Z'),
  consumerApprovedBy: `${a.consumer} chief`,
  consumerApprovedAt: new Date('2026-01-05T09:00:00Z'),
  createdAt: new Date('2026-01-05T09:00:00Z'),
  updatedAt: new Date('2026-01-05T09:00:00Z'),
  version: 1,
}));

const JOINED_OPEN_CASE = (consumer: string): CaseScope => ({
  id: '11111111-1111-4111-8111-111111111111',
  open: true,
  leadDepartment: null,
  participatingDepartments: [consumer],
});

/** The expected cell, from DEMO_AGREEMENTS alone. */
function expectedCell(
  consumer: string,
  role: Role,
  purpose: Purpose,
  provider: string,
  recordType: string,
  field: string,
): Cell {
  if (consumer === provider) return { decision: 'OWNER' };
  if (role === Role.ADMIN || role === Role.AUDITOR) return { decision: 'DENIED' };
  const masks = DEMO_AGREEMENTS.filter(
    (a) =>
      a.provider === provider && a.consumer === consumer && a.purpose === purpose && a.consumerRoles.includes(role),
  )
    .flatMap((a) => a.grants.filter((g) => g.recordType === recordType))
    .flatMap((g) => g.fields.filter((f) => f.field === field).map((f) => f.mask));
  if (masks.length === 0) return { decision: 'DENIED' };
  if (masks.includes(Mask.NONE)) return { decision: 'GRANTED' };
  return { decision: 'MASKED', mask: masks[0] };
}

/** The cell as decideAccess gives it. */
function actualCell(decision: AccessDecision, field: string): Cell {
  if (decision.kind === 'OWNER') return { decision: 'OWNER' };
  if (decision.kind === 'DENIED') return { decision: 'DENIED' };
  const access = decision.fields.get(field);
  if (!access) return { decision: 'DENIED' };
  return access.mask === Mask.NONE ? { decision: 'GRANTED' } : { decision: 'MASKED', mask: access.mask };
}

const show = (cell: Cell) => ('mask' in cell ? `${cell.decision}(${cell.mask})` : cell.decision);

interface Row {
  consumer: string;
  role: Role;
  purpose: Purpose;
  provider: string;
  recordType: string;
  field: string;
}

/** Every cell of one consumer × role. */
function rowsOf(consumer: string, role: Role): Row[] {
  const rows: Row[] = [];
  for (const purpose of PURPOSES) {
    for (const definition of registeredDepartments) {
      for (const source of definition.recordTypes) {
        for (const field of fieldPaths(source))
          rows.push({ consumer, role, purpose, provider: definition.code, recordType: source.name, field });
      }
    }
  }
  return rows;
}

const name = (r: Row) => `${r.consumer}/${r.role} reading ${r.provider}.${r.recordType}.${r.field} for ${r.purpose}`;

/** Runs decideAccess over the rows in the given case scope; returns the cells that differ from `expected`, named. */
function mismatches(
  rows: Row[],
  jointCase: (consumer: string) => CaseScope | null,
  expected: (r: Row) => Cell,
): string[] {
  const wrong: string[] = [];
  for (const row of rows) {
    const decision = decideAccess(
      {
        actor: { user: `${row.consumer.toLowerCase()}-user`, department: row.consumer, role: row.role },
        purpose: row.purpose,
        jointCase: jointCase(row.consumer),
        reach: 'LINKED_TO_CASE',
        provider: row.provider,
        recordType: row.recordType,
        now: NOW,
      },
      AGREEMENTS,
    );
    const actual = actualCell(decision, row.field);
    const want = expected(row);
    if (show(actual) !== show(want)) wrong.push(`${name(row)}: expected ${show(want)}, got ${show(actual)}`);
  }
  return wrong;
}

const expectedOf = (r: Row) => expectedCell(r.consumer, r.role, r.purpose, r.provider, r.recordType, r.field);
const COMBINATIONS: Array<[string, Role]> = CONSUMERS.flatMap((c) => ROLES.map((r) => [c, r] as [string, Role]));
const ALL_ROWS = COMBINATIONS.flatMap(([c, r]) => rowsOf(c, r));

describe(decideAccess.name, () => {
  describe('the authorization matrix of the demo agreements, in an open joint case the consumer takes part in', () => {
    it.each(COMBINATIONS)('decides every cell for %s as %s exactly as the agreements say', (consumer, role) => {
      const rows = rowsOf(consumer, role);
      expect(rows.length).toBeGreaterThan(0);
      expect(mismatches(rows, JOINED_OPEN_CASE, expectedOf)).toEqual([]);
    });

    it('covers every body, role and purpose, and every field the demo agreements grant is a field the provider has', () => {
      expect(new Set(ALL_ROWS.map((r) => r.consumer))).toEqual(new Set(CONSUMERS));
      expect(new Set(ALL_ROWS.map((r) => r.role)).size).toBe(ROLES.length);
      expect(new Set(ALL_ROWS.map((r) => r.purpose)).size).toBe(PURPOSES.length);
      const cells = new Set(ALL_ROWS.map((r) => `${r.provider}.${r.recordType}.${r.field}`));
      const granted = DEMO_AGREEMENTS.flatMap((a) =>
        a.grants.flatMap((g) => g.fields.map((f) => `${a.provider}.${g.recordType}.${f.field}`)),
      );
      expect(granted.length).toBeGreaterThan(0);
      expect(granted.filter((g) => !cells.has(g))).toEqual([]);
    });

    it('has owner, granted, masked and denied cells, and masked cells of every mask the demo agreements use', () => {
      const decisions = new Map<string, number>();
      const masks = new Set<Mask>();
      for (const row of ALL_ROWS) {
        const cell = expectedOf(row);
        decisions.set(cell.decision, (decisions.get(cell.decision) ?? 0) + 1);
        if (cell.decision === 'MASKED') masks.add(cell.mask);
      }
      for (const decision of ['OWNER', 'GRANTED', 'MASKED', 'DENIED'])
        expect(decisions.get(decision) ?? 0).toBeGreaterThan(0);
      const used = new Set(
        DEMO_AGREEMENTS.flatMap((a) => a.grants.flatMap((g) => g.fields.map((f) => f.mask))).filter(
          (m) => m !== Mask.NONE,
        ),
      );
      expect(masks).toEqual(used);
    });

    it('gives the court a masked police incident person name and a denied phone, as the first demo agreement says', () => {
      // One hand-checked cell of each kind, so the generated expectation itself is anchored.
      const cell = (field: string) =>
        expectedCell('COURT', Role.MEDIATOR, Purpose.JOINT_MEDIATION, 'POLICE', 'INCIDENT', field);
      expect(cell('incidentNumber')).toEqual({ decision: 'GRANTED' });
      expect(cell('persons.name')).toEqual({ decision: 'MASKED', mask: Mask.NAME });
      expect(cell('persons.phone')).toEqual({ decision: 'DENIED' });
      expect(
        expectedCell('COURT', Role.ADMIN, Purpose.JOINT_MEDIATION, 'POLICE', 'INCIDENT', 'incidentNumber'),
      ).toEqual({ decision: 'DENIED' });
      expect(expectedCell('POLICE', Role.AUDITOR, Purpose.STATISTICS, 'POLICE', 'INCIDENT', 'persons.phone')).toEqual({
        decision: 'OWNER',
      });
    });
  });

  describe('outside an open joint case the consumer takes part in', () => {
    const ownerOrDenied = (r: Row): Cell =>
      r.consumer === r.provider ? { decision: 'OWNER' } : { decision: 'DENIED' };
    const otherBody = (consumer: string) => [...PROVIDERS, GOVERNANCE_CENTRE].find((c) => c !== consumer)!;

    it.each([
      // The governance centre owns every joint case, so only the other bodies can stand outside one.
      [
        'a case the consumer does not take part in',
        (consumer: string): CaseScope | null =>
          consumer === GOVERNANCE_CENTRE
            ? null
            : { ...JOINED_OPEN_CASE(otherBody(consumer)), leadDepartment: otherBody(consumer) },
      ],
      [
        'a closed case the consumer takes part in',
        (consumer: string): CaseScope | null => ({
          ...JOINED_OPEN_CASE(consumer),
          leadDepartment: consumer,
          open: false,
        }),
      ],
      ['no case at all', (): CaseScope | null => null],
    ])("denies every cell but the owner's for %s", (_label, jointCase) => {
      expect(mismatches(ALL_ROWS, jointCase, ownerOrDenied)).toEqual([]);
      // The same rows in a joined open case do grant: the denial above comes from the case.
      expect(mismatches(ALL_ROWS, JOINED_OPEN_CASE, ownerOrDenied).length).toBeGreaterThan(0);
    });

    it('grants to a lead body that is not in the participating list, as it takes part in the case', () => {
      const lead = (consumer: string): CaseScope => ({
        ...JOINED_OPEN_CASE(consumer),
        participatingDepartments: [],
        leadDepartment: consumer,
      });
      expect(mismatches(rowsOf('COURT', Role.MEDIATOR), lead, expectedOf)).toEqual([]);
    });
  });
});
