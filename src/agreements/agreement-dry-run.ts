import { type GraphQLSchema, parse, TypeInfo, validate, visit, visitWithTypeInfo } from 'graphql';
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

    const typeInfo = new TypeInfo(this.schema);
    const lists: Array<{ source: RecordTypeSource; list: string } | null> = [];
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (node) => {
            const parent = typeInfo.getParentType();
            const source = parent ? byTypeName.get(parent.name) : undefined;
            const name = node.name.value;
            const enclosing = lists[lists.length - 1];
            if (source && !IDENTITY.has(name)) {
              if (source.lists?.[name]) {
                lists.push({ source, list: name });
                return;
              }
              expose(source, name);
            } else if (enclosing && !IDENTITY.has(name)) {
              expose(enclosing.source, `${enclosing.list}.${name}`);
            }
            lists.push(null);
          },
          leave: () => {
            lists.pop();
          },
        },
      }),
    );
    return [...exposures.values()];
  }
}
