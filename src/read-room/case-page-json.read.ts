import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { Mask } from '../agreements/agreement.enums';
import type { PolicySnapshot } from '../agreements/policy-directory';
import {
  type CasePageJsonPlan,
  type CasePageJsonRow,
  casePageJsonPlanOf,
  readCasePageJson,
} from '../cases/joint-case-page-json';
import type { RequestContext } from '../graphql/request-context';
import { caseLooksRecorded, caseTextAccessFor, partyAccess } from './case-data.view';
import {
  CASE_TEXT_FIELDS,
  caseTextAccess,
  type CaseTextField,
  caseViewerOf,
  PARTY_FIELD_ACCESS,
  PARTY_FIELDS,
  type PartyField,
} from './case-viewer';

/*
 * A page of cases answered as the JSON text Postgres built (CASE_PAGE_JSON): the read room's
 * side of it. The text is sent only when the read room, with the same decision cores as the
 * page's resolvers (partyAccess, caseTextAccessFor, caseLooksRecorded), finds that every case
 * and party on the page is shown as stored, unmasked, and that no look needs recording; the
 * answer is then exactly what graphql-js would give. Otherwise the page is answered by
 * graphql-js, which decides, shapes and records as always: nothing here has a side effect.
 */

const TEXT: ReadonlySet<string> = new Set(CASE_TEXT_FIELDS);
const GOVERNED: ReadonlySet<string> = new Set(PARTY_FIELDS);

/**
 * Whether every case and party of the page is shown to this caller as stored: no mask, nothing
 * withheld, no look recorded. Decided before anything is shown and without side effects.
 */
export function casePageShownAsStored(
  ctx: RequestContext,
  cases: readonly Pick<CasePageJsonRow, 'id' | 'leadDepartment' | 'parties'>[],
  shown: { textFields: readonly string[]; partyFields: readonly string[] | null },
  policy: PolicySnapshot | undefined,
): boolean {
  // The centre's own looks are not recorded; another body's would be (access-log entries): graphql-js records them.
  if (caseLooksRecorded(ctx)) return false;
  if (shown.textFields.some((field) => !TEXT.has(field))) return false;
  const governed = (shown.partyFields ?? []).filter((field) => GOVERNED.has(field)) as PartyField[];
  for (const jointCase of cases) {
    for (const field of shown.textFields)
      if (caseTextAccessFor(ctx, jointCase, jointCase.parties, field as CaseTextField, policy) !== Mask.NONE)
        return false;
    if (governed.length === 0) continue;
    const viewer = caseViewerOf(ctx.actor, jointCase);
    for (const party of jointCase.parties) {
      if (!policy) return false;
      const access = partyAccess(ctx, viewer, party, policy);
      if (governed.some((field) => access[field] !== Mask.NONE)) return false;
    }
  }
  return true;
}

/**
 * Whether a page showing these fields could be shown to this caller as stored, before it is
 * read: its looks are not recorded, and under one of the standings a case may give the caller
 * (its body leading the case or not) the viewer tables show every selected field unmasked.
 * Protection only ever makes the tables stricter, so when this is false no page could be spliced,
 * and the page is read once, by graphql-js.
 */
export function casePageMayBeShownAsStored(
  ctx: RequestContext,
  shown: { textFields: readonly string[]; partyFields: readonly string[] | null },
): boolean {
  if (caseLooksRecorded(ctx)) return false;
  const governed = (shown.partyFields ?? []).filter((field) => GOVERNED.has(field)) as PartyField[];
  return [ctx.actor.department, null].some((leadDepartment) => {
    const viewer = caseViewerOf(ctx.actor, { leadDepartment });
    return (
      shown.textFields.every(
        (field) => TEXT.has(field) && caseTextAccess(viewer, field as CaseTextField) === Mask.NONE,
      ) && governed.every((field) => PARTY_FIELD_ACCESS[viewer][field] === Mask.NONE)
    );
  });
}

/** Answers a plain page of cases as JSON text, when the read room finds it shown as stored. */
export class CasePageJson {
  constructor(
    private readonly hubDb: DataSource,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Whether `operation` is a plain page of cases (worked out once per document). */
  planOf(operation: OperationDefinitionNode): CasePageJsonPlan | null {
    return casePageJsonPlanOf(this.schema, operation);
  }

  /**
   * The `data` member's JSON text for the page, or undefined when graphql-js must answer it (the
   * page is not shown as stored, a value is not as stored, or the page's arguments are refused).
   * Nothing is logged or recorded either way.
   */
  async dataOf(
    ctx: RequestContext,
    plan: CasePageJsonPlan,
    variables: Record<string, unknown> | undefined,
  ): Promise<string | undefined> {
    // Decided before the read: a page no case of which could be spliced is read once, by graphql-js.
    if (!casePageMayBeShownAsStored(ctx, plan)) return undefined;
    let rows: CasePageJsonRow[];
    try {
      rows = await readCasePageJson(this.hubDb, ctx.actor, plan, variables);
    } catch {
      // A refused page size, cursor or filter, or a failed read: graphql-js gives its answer.
      return undefined;
    }
    // The request's policy, read once as the page's resolvers read it (for its parties or text).
    const policy =
      rows.length > 0 && (plan.partyFields !== null || plan.textFields.length > 0)
        ? await ctx.access.policy()
        : undefined;
    if (!casePageShownAsStored(ctx, rows, plan, policy)) return undefined;
    let edges = '';
    for (const row of rows) {
      if (row.node === null) return undefined;
      edges += `${edges ? ',' : ''}{"node":${row.node}}`;
    }
    return `{"${plan.root}":{"edges":[${edges}]}}`;
  }
}
