import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { Mask } from '../agreements/agreement.enums';
import { type CasePageJsonPlan, casePageJsonPlanOf, readCasePageJson } from '../cases/joint-case-page-json';
import type { RequestContext } from '../graphql/request-context';
import { caseLooksRecorded, decidedByTableAlone } from './case-data.view';
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
 * side of it. The text is sent only when the read room finds, from the caller and the fields the
 * page shows alone, that every case and party of any page is shown as stored: no look to record,
 * and under every standing a case may give the caller, a viewer whose access to the shown fields
 * is unmasked and decided by its table alone — by the same decision cores the page's resolvers
 * use (caseLooksRecorded, decidedByTableAlone, the viewer tables). The answer is then exactly what
 * graphql-js would give. Otherwise the page is answered by graphql-js, which decides, shapes and
 * records as always: nothing here has a side effect.
 */

const TEXT: ReadonlySet<string> = new Set(CASE_TEXT_FIELDS);
const GOVERNED: ReadonlySet<string> = new Set(PARTY_FIELDS);

/**
 * Whether every page showing these fields is shown to this caller as stored, whatever its cases
 * and parties: decided before the page is read, without side effects. A viewer whose access is
 * narrowed by the parties' protection (anyone but the centre's handlers) is shown as stored only
 * what no decision governs (a party's id, role, kind, document type; the case's columns).
 */
export function casePageShownAsStored(
  ctx: RequestContext,
  shown: { textFields: readonly string[]; partyFields: readonly string[] | null },
): boolean {
  // The centre's own looks are not recorded; another body's would be (access-log entries): graphql-js records them.
  if (caseLooksRecorded(ctx)) return false;
  const governed = (shown.partyFields ?? []).filter((field) => GOVERNED.has(field)) as PartyField[];
  const decided = shown.textFields.length > 0 || governed.length > 0;
  return [ctx.actor.department, null].every((leadDepartment) => {
    const viewer = caseViewerOf(ctx.actor, { leadDepartment });
    return (
      (!decided || decidedByTableAlone(viewer)) &&
      shown.textFields.every(
        (field) => TEXT.has(field) && caseTextAccess(viewer, field as CaseTextField) === Mask.NONE,
      ) &&
      governed.every((field) => PARTY_FIELD_ACCESS[viewer][field] === Mask.NONE)
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
    // Decided before the read: a page that could not be spliced is read once, by graphql-js.
    if (!casePageShownAsStored(ctx, plan)) return undefined;
    let edges: string | null;
    try {
      edges = await readCasePageJson(this.hubDb, ctx.actor, plan, variables);
    } catch {
      // A refused page size, cursor or filter, or a failed read: graphql-js gives its answer.
      return undefined;
    }
    return edges === null ? undefined : `{"${plan.root}":{"edges":[${edges}]}}`;
  }
}
