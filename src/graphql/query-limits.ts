import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  validate,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../common/error-code';
import { DEFAULT_PAGE_SIZE } from '../common/relay';
import type { FairUse } from './fair-use';
import type { RequestContext } from './request-context';

/*
 * Hostile-query limits. Every request is checked after parsing and validation and before any
 * resolver runs (so before any SQL): a refused query costs the hub no database work.
 *
 * - Tokens: graphql-js stops parsing after MAX_TOKENS lexical tokens (Apollo `parseOptions`).
 * - Depth, aliases, directives: graphql-armor's rules (a fragment is measured once and counted
 *   wherever it is used).
 * - Cost: graphql-query-complexity with the estimator below.
 *
 * Refusals answer QUERY_TOO_COMPLEX (HTTP 400 for application/graphql-response+json) with a
 * message that says which limit was hit but never the limit or the measured value.
 */

/**
 * Most levels of nested fields (fragments are flattened). Hub data queries are at most 8 deep
 * today (the schema has no cycles); graphql-js's standard introspection query is 15 deep (its
 * `ofType` chains), and development tools must still be able to send it.
 */
export const MAX_DEPTH = 15;
/** Most aliased fields in one operation (`__typename` aliases are free). */
export const MAX_ALIASES = 15;
/** Most lexical tokens in one document; the parser stops there, so a huge document is never built. */
export const MAX_TOKENS = 2000;
/** Most directives (@include, @skip, ...) in one operation. */
export const MAX_DIRECTIVES = 20;
/**
 * Highest estimated cost of one operation (see `costEstimator`). The heaviest query of the test
 * suite, 50 joint cases with up to 100 linked records each, costs about 20,700.
 */
export const MAX_COST = 25_000;
/** Most selections the cost estimator visits (fragments reused many times expand here). */
export const MAX_COST_NODES = 10_000;

/** What one field costs, before its children. */
export const FIELD_COST = 1;
/**
 * The size assumed for a list field that takes no `first` (parties, sessions, earlyWarnings...):
 * its children count this many times.
 */
export const UNPAGED_LIST_SIZE = 10;

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: MAX_DEPTH,
  maxAliases: MAX_ALIASES,
  maxTokens: MAX_TOKENS,
  maxDirectives: MAX_DIRECTIVES,
  maxCost: MAX_COST,
});

export type QueryLimit = 'DEPTH' | 'ALIASES' | 'TOKENS' | 'DIRECTIVES' | 'COST';

/** The refusal messages: which limit, never its value. */
export const QUERY_TOO_COMPLEX_MESSAGES: Readonly<Record<QueryLimit, string>> = Object.freeze({
  DEPTH: 'The query is too deep: ask for fewer levels of nested fields',
  ALIASES: 'The query uses too many aliases: send fewer aliased fields per request',
  TOKENS: 'The query is too large: split it into smaller queries',
  DIRECTIVES: 'The query uses too many directives',
  COST: 'The query asks for too much at once: ask for smaller pages (first) or fewer nested lists',
});

export function queryTooComplex(limit: QueryLimit): GraphQLError {
  return new GraphQLError(QUERY_TOO_COMPLEX_MESSAGES[limit], {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/** Apollo `parseOptions`: graphql-js aborts parsing past the token limit. */
export function queryParseOptions(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/** graphql-js's own message when `maxTokens` stops the parser (it names the limit; 16.x spells it "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th[a-z]+ \d+ tokens\. Parsing aborted\.$/;

/** Whether an error is graphql-js stopping the parser at the token limit (a query too large, not malformed). */
export function isTokenLimitError(error: unknown): boolean {
  return error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message);
}

/**
 * Wraps the hub's formatError so the parser's token-limit error becomes QUERY_TOO_COMPLEX
 * without the number; everything else goes to the wrapped formatter unchanged.
 */
export function withQueryLimitErrors(
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    if (isTokenLimitError(error) && (error as GraphQLError).extensions.code === ErrorCode.GRAPHQL_PARSE_FAILED) {
      return { message: QUERY_TOO_COMPLEX_MESSAGES.TOKENS, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    return formatError(formatted, error);
  };
}

/**
 * The cost estimate: every field costs FIELD_COST plus its children's cost, where the children
 * of a paged field count `first` times (its default, 20, when not given), the `edges` of a
 * connection once (the page was counted on the connection), and the children of any other list
 * of objects UNPAGED_LIST_SIZE times. Introspection costs nothing: it reads no database, it is
 * off in production, and in development depth and tokens bound it.
 *
 * `{ jointCases(first: 50) { edges { node { linkedRecords(first: 100) { edges { node { recordId } } } } } } }`
 * costs 1 + 50 × (1 + 1 + (1 + 100 × (1 + 1 + 1))) = 15,151 (up to 5,000 linked records): allowed;
 * the same with `jointCases(first: 100)` costs 30,301: refused.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? Math.max(args.first, 0) : DEFAULT_PAGE_SIZE;
    return FIELD_COST + first * childComplexity;
  }
  const fieldType = getNullableType(field.type);
  if (isListType(fieldType) && isCompositeType(getNamedType(fieldType))) {
    const isConnectionEdges = field.name === 'edges' && type.name.endsWith('Connection');
    return FIELD_COST + (isConnectionEdges ? 1 : UNPAGED_LIST_SIZE) * childComplexity;
  }
  return FIELD_COST + childComplexity;
};

/** The one operation that will run, with the fragments it may use. */
function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
}

/** The estimated cost of `operation` with these variables (throws a GraphQLError if it cannot be estimated). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    estimators: [costEstimator],
    maxQueryNodes: MAX_COST_NODES,
  });
}

/** graphql-armor's rules, reporting QUERY_TOO_COMPLEX instead of throwing or naming numbers. */
function shapeRules(limits: QueryLimits): ValidationRule[] {
  const refuse = (limit: QueryLimit) => ({
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(queryTooComplex(limit))],
  });
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...refuse('DEPTH') }),
    maxAliasesRule({ n: limits.maxAliases, ...refuse('ALIASES') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refuse('DIRECTIVES') }),
  ] as ValidationRule[];
}

export interface QueryCheck {
  /** The estimated cost, or null when the variables do not coerce (then nothing will run). */
  cost: number | null;
}

/** graphql-armor's shape rules over the one operation: the first refusal, if any. */
function shapeRefusal(schema: GraphQLSchema, single: DocumentNode, rules: ValidationRule[]): GraphQLError | undefined {
  const [refusal] = validate(schema, single, rules);
  return refusal;
}

/** The cost check of one operation whose variables coerce: its cost, or the error that refuses it. */
function costOutcome(
  schema: GraphQLSchema,
  single: DocumentNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): CostOutcome {
  let cost: number;
  try {
    cost = queryCost(schema, single, variables);
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
      return { refuse: () => queryTooComplex('COST') };
    const message = error instanceof GraphQLError ? error.message : 'The query arguments could not be read';
    return {
      refuse: () =>
        new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } }),
    };
  }
  if (cost > limits.maxCost) return { refuse: () => queryTooComplex('COST') };
  return { cost };
}

/** A cost check's answer: the cost, or how to build (afresh for every request) the error that refuses the query. */
type CostOutcome = { cost: number; refuse?: undefined } | { refuse: () => GraphQLError };

/**
 * Checks one operation against the limits; throws QUERY_TOO_COMPLEX (or BAD_USER_INPUT when an
 * argument cannot be read) and otherwise returns its estimated cost.
 */
export function checkQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
  rules: ValidationRule[] = shapeRules(limits),
): QueryCheck {
  const single = operationDocument(document, operation);
  const refusal = shapeRefusal(schema, single, rules);
  if (refusal) throw refusal;
  // Variables that do not coerce stop execution before any resolver; graphql-js reports them.
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return { cost: null };
  const outcome = costOutcome(schema, single, variables, limits);
  if (outcome.refuse) throw outcome.refuse();
  return { cost: outcome.cost };
}

/** What QueryCheckCache remembers of one document and operation. */
interface RememberedOperation {
  /** graphql-armor's refusal: it depends on the document alone. */
  refusal: GraphQLError | undefined;
  /** The operation's variables, and which of them the cost depends on by value. */
  variableNames: string[];
  costVariables: Set<string>;
  /** Cost outcomes by the variables that change them (see `costKey`). */
  costs: LRUCache<string, CostOutcome>;
}

/** Most documents (with their operation) whose checks are remembered. */
export const QUERY_CHECK_CACHE_DOCUMENTS = 1000;
/**
 * Most memory the remembered checks take, estimated from their keys (the query text, two bytes
 * a character) plus a fixed share for the rest. The parsed document is not kept: a miss of the
 * cost outcomes uses the request's own (Apollo's document store keeps those, bounded on its own).
 */
export const QUERY_CHECK_CACHE_BYTES = 8 * 2 ** 20;
const REMEMBERED_OPERATION_BYTES = 8192;
/** Most cost outcomes remembered per document (one per distinct value of its paging and directive variables). */
export const QUERY_CHECK_CACHE_COSTS = 64;

/**
 * The query-limit checks remembered per document + operation + the variables that change the
 * cost, bounded (least recently used first out). The answers are exactly `checkQuery`'s:
 *
 * - graphql-armor's depth, alias and directive rules read the document alone;
 * - whether the variables coerce is checked on every request (graphql-js reports those errors);
 * - the cost reads `first` (paging) and the @include/@skip directives, so those variables key it
 *   by value; every other variable keys it only by being absent, null or given, the one thing
 *   that can still make an argument unreadable once the variables coerce (an explicit null for
 *   a non-null argument with a default).
 *
 * Errors are built afresh for every request (plugins and formatError may change the ones they get).
 */
export class QueryCheckCache {
  private readonly operations: LRUCache<string, RememberedOperation>;

  constructor(
    private readonly limits: QueryLimits = DEFAULT_QUERY_LIMITS,
    private readonly rules: ValidationRule[] = shapeRules(limits),
    maxDocuments = QUERY_CHECK_CACHE_DOCUMENTS,
  ) {
    this.operations = new LRUCache({
      max: maxDocuments,
      maxSize: QUERY_CHECK_CACHE_BYTES,
      sizeCalculation: (_, key) => key.length * 2 + REMEMBERED_OPERATION_BYTES,
    });
  }

  /** How many documents and operations are remembered now. */
  get size(): number {
    return this.operations.size;
  }

  /** `checkQuery` for the document parsed from `query`, answered from what earlier requests checked. */
  check(
    schema: GraphQLSchema,
    query: string,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): QueryCheck {
    // A document names each of its operations once (graphql-js validation), or has one anonymous operation.
    const key = `${operation.name?.value ?? ''}\n${query}`;
    let remembered = this.operations.get(key);
    if (!remembered) {
      const single = operationDocument(document, operation);
      remembered = {
        refusal: shapeRefusal(schema, single, this.rules),
        variableNames: (operation.variableDefinitions ?? []).map((d) => d.variable.name.value),
        costVariables: costVariables(single),
        costs: new LRUCache({ max: QUERY_CHECK_CACHE_COSTS }),
      };
      this.operations.set(key, remembered);
    }
    if (remembered.refusal) throw copyError(remembered.refusal);
    if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return { cost: null };
    const costKey = remembered.variableNames
      .map((name) => {
        const value = variables[name];
        if (remembered.costVariables.has(name)) return value === undefined ? 'u' : JSON.stringify(value);
        return value === undefined ? 'u' : value === null ? 'n' : 'v';
      })
      .join('\u0000');
    let outcome = remembered.costs.get(costKey);
    if (!outcome) {
      outcome = costOutcome(schema, operationDocument(document, operation), variables, this.limits);
      remembered.costs.set(costKey, outcome);
    }
    if (outcome.refuse) throw outcome.refuse();
    return { cost: outcome.cost };
  }
}

/** The variables the cost estimate reads by value: those in `first` arguments and in directives. */
function costVariables(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) if (argument.name.value === 'first') collect(argument.value);
    },
    Directive(directive) {
      collect(directive);
    },
  });
  return names;
}

/** A new GraphQLError equal to `error` (same message, locations, path and extensions). */
function copyError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: structuredClone(error.extensions),
  });
}

/**
 * The limit checks and the fair-use charge of one operation, shared by the Apollo plugin below
 * and the hub's fast path (src/server/fast-path.ts), so both refuse and charge alike. With
 * `cache` (QUERY_LIMIT_CACHE=on, the default) the checks are remembered per document, operation
 * and the variables that change the cost; without it every request is checked afresh.
 */
export class OperationLimits {
  private readonly limits: QueryLimits;
  private readonly rules: ValidationRule[];
  private readonly cache: QueryCheckCache | null;
  private readonly fairUse: FairUse | null;

  constructor(options: { limits?: QueryLimits; fairUse?: FairUse | null; cache?: boolean } = {}) {
    this.limits = options.limits ?? DEFAULT_QUERY_LIMITS;
    this.rules = shapeRules(this.limits);
    this.cache = options.cache === false ? null : new QueryCheckCache(this.limits, this.rules);
    this.fairUse = options.fairUse ?? null;
  }

  /** `checkQuery`: throws the refusal; the cost, or null when the variables do not coerce. */
  check(
    schema: GraphQLSchema,
    query: string | undefined,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): QueryCheck {
    return this.cache && typeof query === 'string'
      ? this.cache.check(schema, query, document, operation, variables)
      : checkQuery(schema, document, operation, variables, this.limits, this.rules);
  }

  /** Takes the cost from the caller's fair-use budgets (once per request, before any SQL), or throws RATE_LIMITED. */
  async charge(actor: RequestContext['actor'] | undefined, cost: number | null): Promise<void> {
    if (cost !== null && this.fairUse && actor) await this.fairUse.charge(actor, cost);
  }
}

/**
 * Checks every operation before it runs (didResolveOperation comes after parsing and validation
 * and before execution) and charges its cost to the caller's fair-use budget, for every request
 * (see OperationLimits).
 */
export function queryLimitsPlugin(
  options: { limits?: QueryLimits; fairUse?: FairUse | null; cache?: boolean } | OperationLimits = {},
): ApolloServerPlugin<RequestContext> {
  const gate = options instanceof OperationLimits ? options : new OperationLimits(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const { cost } = gate.check(schema, request.query, document, operation, request.variables ?? {});
          await gate.charge(contextValue?.actor, cost);
        },
      };
    },
  };
}

/**
 * In production no error names what the schema has: graphql-js's "Did you mean ...?" hints
 * (unknown fields, arguments, types, enum values, in validation and in variable coercion) are
 * removed. Apollo's hideSchemaDetailsFromClientErrors covers validation only.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          hideSuggestions(errors);
        },
      };
    },
  };
}

/** Takes graphql-js's "Did you mean ...?" hints out of these errors' messages (production). */
export function hideSuggestions(errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    if (error.message.includes('Did you mean')) error.message = stripSuggestions(error.message);
  }
}

export function stripSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}
