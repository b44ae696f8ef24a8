import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
  validate,
} from 'graphql';
import { HubError } from '../common/hub-error';
import type { RecordTypeSource } from '../connectors/department-definition';
import type { DepartmentRegistry } from '../connectors/department-registry';
import { Mask } from './agreement.enums';
import type { AgreementEntity } from './agreement.entity';
import type { FieldExposure } from './agreement.type';

const IDENTITY = new Set(['department', 'recordType', 'recordId', '__typename']);

/**
 * Evaluates an agreement against a query without reading any data: for every field of the
 * provider's records the query selects, what the agreement would do with it.
 */
export class AgreementDryRun {
  schema: GraphQLSchema | null = null;

  constructor(private readonly registry: DepartmentRegistry) {}

  run(agreement: AgreementEntity, query: string): FieldExposure[] {
    if (!this.schema) throw new Error('The schema is not built yet');
    let document;
    try {
      document = parse(query);
    } catch (error) {
      throw HubError.badInput(`The query does not parse: ${(error as Error).message}`, { field: 'query' });
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) throw HubError.badInput(`The query is not valid: ${errors[0].message}`, { field: 'query' });

    const byTypeName = new Map<string, RecordTypeSource>(
      this.registry.get(agreement.provider).recordTypes.map((source) => [source.graphqlType.name, source]),
    );
    const grants = new Map(agreement.grants.map((g) => [g.recordType, new Map(g.fields.map((f) => [f.field, f.mask]))]));
    const exposures = new Map<string, FieldExposure>();
    const expose = (source: RecordTypeSource, path: string) => {
      const mask = grants.get(source.name)?.get(path);
      const decision = mask === undefined ? 'DENIED' : mask === Mask.NONE ? 'GRANTED' : 'MASKED';
      exposures.set(`${source.name}:${path}`, { recordType: source.name, field: path, decision, mask: mask ?? null });
    };

    const schema = this.schema;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Walks selections with their parent type, through inline and named fragments alike,
    // remembering the record list (parties, persons) a field is selected inside.
    const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, list: { source: RecordTypeSource; list: string } | null): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value)!;
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)!, list);
          continue;
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value)! : parent, list);
          continue;
        }
        const name = selection.name.value;
        if (IDENTITY.has(name) || !isObjectType(parent) && !isInterfaceType(parent)) continue;
        const fieldType = getNamedType(parent.getFields()[name].type);
        const source = byTypeName.get(parent.name);
        if (source) {
          if (source.lists?.[name] && selection.selectionSet) walk(selection.selectionSet, fieldType, { source, list: name });
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
      const root = definition.operation === 'query' ? schema.getQueryType() : definition.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (root) walk(definition.selectionSet, root, null);
    }
    return [...exposures.values()];
  }
}
