import 'reflect-metadata';
import type { PolicySnapshot } from '../../src/agreements/policy-directory';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../../src/auth/actor';
import type { CasePartyRow } from '../../src/cases/joint-case.sql';
import type { RequestContext } from '../../src/graphql/request-context';
import { caseTextAccessFor, decidedByTableAlone, partyAccess } from '../../src/read-room/case-data.view';
import {
  CASE_TEXT_FIELDS,
  caseTextAccess,
  type CaseViewer,
  caseViewerOf,
  PARTY_FIELD_ACCESS,
} from '../../src/read-room/case-viewer';

/*
 * The work list's page is spliced as Postgres built it only for viewers whose access is decided
 * by their table alone (case-page-json.read.ts): no case or party is looked at. This holds only
 * while decidedByTableAlone says exactly which viewers the parties' protection leaves untouched.
 */

const PROTECTED_HASH = 'h-protected';
/** Under 18 on any day the suite runs (born 2020). */
const MINOR_ID = '110101202001010012';

const policy = {
  protectionOf: (hash: string) => new Set(hash === PROTECTED_HASH ? ['DOMESTIC_VIOLENCE_VICTIM'] : []),
  protectionMarkedBy: () => new Set<string>(),
} as unknown as PolicySnapshot;

function party(residentId: string | null, residentIdHash: string | null): CasePartyRow {
  return { id: 'p', role: 'APPLICANT', name: '张三', residentId, residentIdHash } as CasePartyRow;
}

const PARTIES = { minor: party(MINOR_ID, 'h-minor'), protected: party('110101198001010011', PROTECTED_HASH) };

/** An actor and a case giving each viewer. */
const STANDINGS: Array<[CaseViewer, Actor, { leadDepartment: string | null }]> = [
  ['CENTRE', { department: GOVERNANCE_CENTRE, role: Role.CLERK, user: 'u' }, { leadDepartment: 'COURT' }],
  ['LEAD', { department: 'COURT', role: Role.MEDIATOR, user: 'u' }, { leadDepartment: 'COURT' }],
  ['PARTICIPANT', { department: 'COURT', role: Role.MEDIATOR, user: 'u' }, { leadDepartment: 'POLICE' }],
  ['OVERSIGHT', { department: GOVERNANCE_CENTRE, role: Role.AUDITOR, user: 'u' }, { leadDepartment: 'COURT' }],
];

describe('decidedByTableAlone', () => {
  it.each(STANDINGS)(
    'is true exactly where minors and protected parties are shown to the %s viewer as to its table',
    (viewer, actor, jointCase) => {
      expect(caseViewerOf(actor, jointCase)).toBe(viewer);
      const ctx = { actor } as RequestContext;
      const changed = Object.entries(PARTIES).filter(
        ([, p]) =>
          JSON.stringify(partyAccess(ctx, viewer, p, policy)) !== JSON.stringify(PARTY_FIELD_ACCESS[viewer]) ||
          CASE_TEXT_FIELDS.some(
            (field) => caseTextAccessFor(ctx, jointCase, [p], field, policy) !== caseTextAccess(viewer, field),
          ),
      );
      // The centre's handlers took the case in: a minor or a protected party is shown to them as to
      // their table. Every other viewer sees less of a minor (a protected party's contacts only
      // where its table shows them).
      const centre = viewer === 'CENTRE';
      expect({
        viewer,
        decided: decidedByTableAlone(viewer),
        changedByParties: changed.length > 0,
        changedByMinor: changed.some(([kind]) => kind === 'minor'),
      }).toEqual({ viewer, decided: centre, changedByParties: !centre, changedByMinor: !centre });
    },
  );
});
