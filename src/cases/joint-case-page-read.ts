import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { childrenNamed, fieldsOf } from '../common/graphql-selection';
import {
  CASE_FIELDS,
  CASE_SELECT,
  caseSelectOf,
  casesWithPartsSql,
  PARTIES_JSON,
  partiesJsonOf,
  PARTY_ROW_FIELDS,
  timestampFieldsOf,
} from './joint-case.sql';

/*
 * What a page of cases (the work list, early warnings) reads of joint_case and its parties: the
 * columns the query's selected JointCase fields need, and the particulars its selected party
 * fields need, plus what the read room always decides by. A case read by its id reads its
 * columns the same way (its parties and links whole, as every other path gets them). A field's
 * needs are declared here; a selected field whose needs are not declared makes the read take
 * everything (never a silent null).
 */

/** What the read room decides every case by (visibility, viewer, scope): always read. */
const ALWAYS_CASE: readonly string[] = ['id', 'status', 'leadDepartment', 'participatingDepartments'];

/** What the read room decides every party by (protection, minors) and records (id, hash): always read. */
export const ALWAYS_PARTY: readonly string[] = ['id', 'residentId', 'residentIdHash'];

/** Text shown through the read room with the case's parties (ReadRoom#caseText): needs the parties' rows. */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'place',
  'agreementTerms',
  'failureReason',
  'followUpNote',
]);

/**
 * The columns JointCase fields that are not columns of their own need. A field named like a
 * column (and not listed in UNDECLARED_COLUMNS) needs that column; any other field not listed
 * here makes the page read every column.
 */
const CASE_FIELD_NEEDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  parties: [],
  statusLabel: ['status'],
  categoryLabel: ['category'],
  channelLabel: ['sourceChannel'],
  riskLevelLabel: ['riskLevel'],
  urgencyLabel: ['urgency'],
  leadDepartmentLabel: ['leadDepartment'],
  overdue: ['status', 'deadline', 'followUpDeadline'],
  availableActions: ['status', 'handler', 'handlerDepartment', 'leadDepartment', 'participatingDepartments'],
  timeline: [],
  sessions: [],
  mediationAgreement: [],
  dvSafeguards: [],
  warning: [],
  // Read in the case's scope (caseScopeOf: id, status and bodies, always read) from its links.
  linkedRecords: [],
  withheldLinkedRecords: [],
};

/** Columns whose field resolvers need more than the column itself (the risk reasons' provenance, links). */
export const UNDECLARED_COLUMNS: ReadonlySet<string> = new Set(['riskReasons', 'riskProvenance']);

/** The particulars CaseParty fields that are not particulars of their own need. */
const PARTY_FIELD_NEEDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  roleLabel: ['role'],
};

/**
 * How many distinct projections of pages, and of single cases, are kept as statements of their
 * own by default; past them a read takes everything.
 */
export const MAX_PAGE_PROJECTIONS = 32;

/** What one page reads. */
export interface CasePageRead {
  /** The case columns (JointCase fields) read, in CASE_FIELDS order; null for every column. */
  caseFields: readonly string[] | null;
  /** Whether the parties are read at all (for `parties` or for a text field's decisions). */
  parties: boolean;
  /** The particulars of each party read, in PARTY_ROW_FIELDS order; null for every particular. */
  partyFields: readonly string[] | null;
  /**
   * Whether the read room may need the request's policy for the page (its parties or text are
   * shown), so the page reads it once.
   */
  needsPolicy: boolean;
}

/** Every column and every particular: the read when projection is off or a field's needs are unknown. */
export function fullPageRead(partiesShown = true, textShown = true): CasePageRead {
  return {
    caseFields: null,
    parties: true,
    partyFields: null,
    needsPolicy: partiesShown || textShown,
  };
}

type Fragments = GraphQLResolveInfo['fragments'];

const CASE_COLUMN_SET: ReadonlySet<string> = new Set(CASE_FIELDS);
const PARTY_COLUMN_SET: ReadonlySet<string> = new Set(PARTY_ROW_FIELDS);

/** What a selection asks of a page, whoever asks it: worked out once per query document. */
interface SelectionNeeds {
  /** null when a selected field's needs are not declared. */
  caseFields: readonly string[] | null;
  partyFields: readonly string[] | null;
  partiesShown: boolean;
  textShown: boolean;
}

/** What the selections of `caseNodes` (fields returning a JointCase) need. */
function selectionNeedsOf(caseNodes: readonly FieldNode[], fragments: Fragments): SelectionNeeds {
  const caseFields = new Set(ALWAYS_CASE);
  const partyFields = new Set(ALWAYS_PARTY);
  let partiesShown = false;
  let textShown = false;
  let known = true;
  for (const field of caseNodes.flatMap((n) => fieldsOf(n.selectionSet, fragments))) {
    const name = field.name.value;
    if (TEXT_FIELDS.has(name)) textShown = true;
    if (name === 'parties') {
      partiesShown = true;
      for (const particular of fieldsOf(field.selectionSet, fragments)) {
        const of = particular.name.value;
        const needs = PARTY_FIELD_NEEDS[of] ?? (PARTY_COLUMN_SET.has(of) ? [of] : null);
        if (needs === null) known = false;
        else for (const need of needs) partyFields.add(need);
      }
    }
    const needs =
      CASE_FIELD_NEEDS[name] ?? (CASE_COLUMN_SET.has(name) && !UNDECLARED_COLUMNS.has(name) ? [name] : null);
    if (needs === null) known = false;
    else for (const need of needs) caseFields.add(need);
  }
  if (!known) return { caseFields: null, partyFields: null, partiesShown, textShown };
  return {
    caseFields: CASE_FIELDS.filter((f) => caseFields.has(f)),
    partyFields: PARTY_ROW_FIELDS.filter((f) => partyFields.has(f)),
    partiesShown,
    textShown,
  };
}

/**
 * Needs by the field's node in a query document, one map per kind of field (a connection of
 * cases, one case): a document kept by the pipeline's document cache is worked out once.
 * Derived from the query's text alone (no caller, no data).
 */
const needsByConnectionNode = new WeakMap<FieldNode, SelectionNeeds>();
const needsByCaseNode = new WeakMap<FieldNode, SelectionNeeds>();

type CaseNodesOf = (fieldNodes: readonly FieldNode[], fragments: Fragments) => readonly FieldNode[];

function needsOf(info: GraphQLResolveInfo, known: WeakMap<FieldNode, SelectionNeeds>, caseNodesOf: CaseNodesOf) {
  // A field merged from several nodes (the same response key selected twice) is worked out each time.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  let needs = node && known.get(node);
  if (!needs) {
    needs = selectionNeedsOf(caseNodesOf(info.fieldNodes, info.fragments), info.fragments);
    if (node) known.set(node, needs);
  }
  return needs;
}

const pageCaseNodes: CaseNodesOf = (fieldNodes, fragments) =>
  childrenNamed(childrenNamed(fieldNodes, 'edges', fragments), 'node', fragments);

const theFieldItself: CaseNodesOf = (fieldNodes) => fieldNodes;

/**
 * The case columns (in CASE_FIELDS order) a field returning one JointCase (`info`) reads: only
 * those its selection needs, or null for every column when a selected field's needs are not
 * declared.
 */
export function singleCaseFieldsOf(info: GraphQLResolveInfo): readonly string[] | null {
  return needsOf(info, needsByCaseNode, theFieldItself).caseFields;
}

/**
 * What a page answering `info` (a field returning a JointCase connection) reads:
 * only the columns and particulars its selection needs, or everything when a selected field's
 * needs are not declared.
 */
export function casePageReadOf(info: GraphQLResolveInfo): CasePageRead {
  const needs = needsOf(info, needsByConnectionNode, pageCaseNodes);
  const { caseFields, partyFields, partiesShown, textShown } = needs;
  if (caseFields === null) return fullPageRead(partiesShown, textShown);
  const parties = partiesShown || textShown;
  return {
    caseFields,
    parties,
    partyFields: parties ? partyFields : [],
    needsPolicy: partiesShown || textShown,
  };
}

/** How a page is read (CASE_PAGE_SYNC, CASE_PAGE_PROJECTION, CASE_PAGE_JSON; all on by default). */
export interface CasePageSettings {
  /** The page awaits the request's policy once, and the read room shows its cases synchronously. */
  synchronous: boolean;
  /** The page reads only what its query's selection needs. */
  projection: boolean;
  /**
   * The fast path answers a plain page the read room finds shown as stored with the JSON text
   * Postgres built (src/read-room/case-page-json.read.ts).
   */
  json: boolean;
  /** How many distinct projections of pages, and of single cases, are kept as statements of their own. */
  maxProjections: number;
}

export const DEFAULT_CASE_PAGE_SETTINGS: CasePageSettings = {
  synchronous: true,
  projection: true,
  json: true,
  maxProjections: MAX_PAGE_PROJECTIONS,
};

/** A page's select list and the timestamp fields its rows hold. */
interface PageSelect {
  select: string;
  /** undefined: every timestamp field. */
  timestamps: readonly string[] | undefined;
}

/** How a case read by its id with some of its columns is read: see casesWithPartsSql. */
export interface SingleCaseSelect {
  /** The statement: the case's columns, every particular of its parties, its links. */
  sql: string;
  /** The timestamp fields its rows hold. */
  timestamps: readonly string[];
}

function keyOf(read: CasePageRead): string {
  return `${read.caseFields?.join(',') ?? '*'}|${read.parties ? (read.partyFields?.join(',') ?? '*') : '-'}`;
}

function selectOf(read: CasePageRead): PageSelect {
  const cases = read.caseFields ? caseSelectOf(read.caseFields) : CASE_SELECT;
  const timestamps = read.caseFields ? timestampFieldsOf(read.caseFields) : undefined;
  if (!read.parties) return { select: cases, timestamps };
  return {
    select: `${cases}, ${read.partyFields ? partiesJsonOf(read.partyFields) : PARTIES_JSON} AS parties`,
    timestamps,
  };
}

/**
 * The projections a hub reads cases by, each a statement text of its own (a named prepared
 * statement): past `max` of them of a kind, a new one reads everything instead, so the texts
 * (and each session's prepared statements) stay few.
 */
export class CaseProjections {
  private readonly pages = new Map<string, PageSelect>();
  private readonly singleCases = new Map<string, SingleCaseSelect>();

  constructor(private readonly max: number = MAX_PAGE_PROJECTIONS) {}

  /**
   * The select list of a page read as `read` (over `c`, its parties as "parties"), the read it
   * stands for and the timestamp fields of its rows.
   */
  page(read: CasePageRead): PageSelect & { read: CasePageRead } {
    const key = keyOf(read);
    let known = this.pages.get(key);
    if (known === undefined) {
      if (this.pages.size >= this.max) {
        const full = { ...fullPageRead(), needsPolicy: read.needsPolicy };
        return { ...selectOf(full), read: full };
      }
      known = selectOf(read);
      this.pages.set(key, known);
    }
    return { ...known, read };
  }

  /** How a case reading `caseFields` (see singleCaseFieldsOf) is read; null: every column. */
  singleCase(caseFields: readonly string[] | null): SingleCaseSelect | null {
    if (caseFields === null) return null;
    const key = caseFields.join(',');
    let known = this.singleCases.get(key);
    if (known === undefined) {
      if (this.singleCases.size >= this.max) return null;
      known = {
        sql: casesWithPartsSql(`${caseSelectOf(caseFields)}, ${PARTIES_JSON} AS parties`),
        timestamps: timestampFieldsOf(caseFields),
      };
      this.singleCases.set(key, known);
    }
    return known;
  }
}
