import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { buildHubSchema } from '../../src/graphql/schema';

/**
 * Every type, field, argument and enum value of the schema a frontend team generates its
 * client from is described (English with the Chinese term). No element may be undescribed:
 * a new type, field, argument or enum value without a description fails this test.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    expect({ undescribed: undescribed(schema) }).toEqual({ undescribed: [] });
  });

  it('describes everything the work list, the access list and the labels add', async () => {
    const schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    const ours = [
      'JointCaseFilter',
      'JointCaseOrder',
      'JointCaseOrderField',
      'SortDirection',
      'RecordFieldAccess',
      'FieldAccessDecision',
      'EnumValueLabel',
      'TransitionErrorCode',
      'AuditDecision',
      'PageInfo',
      'CaseStatus',
      'RiskLevel',
      'Role',
      'Purpose',
      'Mask',
      'DisputeCategory',
      'SourceChannel',
      'CaseAction',
    ];
    expect(undescribed(schema).filter((m) => ours.includes(m.split(/[.(]/)[0]))).toEqual([]);
  });
});
