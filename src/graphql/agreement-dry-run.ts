import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
  specifiedRules,
  validate,
} from 'graphql';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { RecordTypeSource } from '../connectors/department-definition';
import type { DepartmentRegistry } from '../connectors/department-registry';
import {
  checkQuery,
  isTokenLimitError,
  QUERY_TOO_COMPLEX_MESSAGES,
  type QueryLimits,
  queryParseOptions,
  stripSuggestions,
} from './query-limits';
import type { AgreementEntity } from '../agreements/agreement.entity';
import type { FieldExposure } from '../agreements/agreement.type';
import { fieldDecisionOfMask } from '../agreements/field-decision';

const IDENTITY = new Set(['department', 'recordType', 'recordId', '__typename']);

/** What the dry run checks a document against: the server's own settings, not copies. */
export interface DryRunSettings {
  /** The same limits object the server applies to every request (tokens, depth, aliases, directives, cost). */
  limits: QueryLimits;
  /** In production no error names what the schema has ("Did you mean ...?"), as for requests. */
  production: boolean;
}

/**
 * Evaluates an agreement against a query without reading any data: for every field of the
 * provider's records the query selects, what the agreement would do with it.
 *
 * The document arrives as a string argument, so the request's own limits never see it: it is
 * held to the same ones here (the parser stops at the token limit; depth, aliases, directives
 * and cost as query-limits.ts measures them) before it is walked.
 */
export class AgreementDryRun {
  constructor(
    private readonly registry: DepartmentRegistry,
    private readonly schema: GraphQLSchema,
    private readonly settings: DryRunSettings,
  ) {}

  run(agreement: AgreementEntity, query: string): FieldExposure[] {
    const document = this.checkedDocument(query);
    const byTypeName = new Map<string, RecordTypeSource>(
      this.registry.get(agreement.provider).recordTypes.map((source) => [source.graphqlType.name, source]),
    );
    const grants = new Map(
      agreement.grants.map((g) => [g.recordType, new Map(g.fields.map((f) => [f.field, f.mask]))]),
    );
    const exposures = new Map<string, FieldExposure>();
    const expose = (source: RecordTypeSource, path: string) => {
      const mask = grants.get(source.name)?.get(path);
      const decision = fieldDecisionOfMask(mask);
      exposures.set(`${source.name}:${path}`, { recordType: source.name, field: path, decision, mask: mask ?? null });
    };

    const schema = this.schema;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Walks selections with their parent type, through inline and named fragments alike,
    // remembering the record list (parties, persons) a field is selected inside.
    const walk = (
      selectionSet: SelectionSetNode,
      parent: GraphQLNamedType,
      list: { source: RecordTypeSource; list: string } | null,
    ): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value)!;
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)!, list);
          continue;
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(
            selection.selectionSet,
            selection.typeCondition ? schema.getType(selection.typeCondition.name.value)! : parent,
            list,
          );
          continue;
        }
        const name = selection.name.value;
        // Meta fields (__schema, __type) are no field of `parent` and select no record.
        if (IDENTITY.has(name) || name.startsWith('__') || (!isObjectType(parent) && !isInterfaceType(parent)))
          continue;
        const fieldType = getNamedType(parent.getFields()[name].type);
        const source = byTypeName.get(parent.name);
        if (source) {
          if (source.lists?.[name] && selection.selectionSet)
            walk(selection.selectionSet, fieldType, { source, list: name });
          else expose(source, name);
        } else if (list) {
          expose(list.source, `${list.list}.${name}`);
        } else if (selection.selectionSet) {
          walk(selection.selectionSet, fieldType, null);
        }
      }
    };
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const root =
        definition.operation === 'query'
          ? schema.getQueryType()
          : definition.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (root) walk(definition.selectionSet, root, null);
    }
    return [...exposures.values()];
  }

  /** Parses, validates and measures the document as the server would a request; throws BAD_USER_INPUT or QUERY_TOO_COMPLEX. */
  private checkedDocument(query: string): DocumentNode {
    const { limits, production } = this.settings;
    let document: DocumentNode;
    try {
      document = parse(query, queryParseOptions(limits));
    } catch (error) {
      if (isTokenLimitError(error))
        throw new HubError(ErrorCode.QUERY_TOO_COMPLEX, QUERY_TOO_COMPLEX_MESSAGES.TOKENS, { field: 'query' });
      throw HubError.badInput(`The query does not parse: ${(error as Error).message}`, { field: 'query' });
    }
    const [invalid] = validate(this.schema, document, specifiedRules, { hideSuggestions: production, maxErrors: 1 });
    if (invalid) throw HubError.badInput(`The query is not valid: ${invalid.message}`, { field: 'query' });
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      // A dry run has no variables; without their values the cost cannot be estimated.
      if (getVariableValues(this.schema, operation.variableDefinitions ?? [], {}).errors) {
        throw HubError.badInput(
          'A dry run takes no variables: write the values into the query, or give each variable a default',
          { field: 'query' },
        );
      }
      try {
        checkQuery(this.schema, document, operation, {}, limits);
      } catch (error) {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (code === ErrorCode.QUERY_TOO_COMPLEX)
          throw new HubError(ErrorCode.QUERY_TOO_COMPLEX, (error as Error).message, { field: 'query' });
        const message = production ? stripSuggestions((error as Error).message) : (error as Error).message;
        throw HubError.badInput(`The query is not valid: ${message}`, { field: 'query' });
      }
    }
    return document;
  }
}
