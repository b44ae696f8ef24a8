import fs from 'node:fs';
import path from 'node:path';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { buildHubSchema, printHubSchema } from '../../src/graphql/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the schema)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    const built = printHubSchema(await buildHubSchema(new DepartmentRegistry(registeredDepartments)));
    expect(built).toBe(committed);
  });

  it('makes every field of every department record nullable except its identity', async () => {
    const schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    const identity = new Set(['department', 'recordType', 'recordId']);
    const implementations = schema.getPossibleTypes(schema.getType('DepartmentRecord') as never);
    expect(implementations.length).toBeGreaterThanOrEqual(13);
    for (const type of implementations) {
      for (const field of Object.values(type.getFields())) {
        if (identity.has(field.name)) continue;
        expect(`${type.name}.${field.name}: ${String(field.type)}`).not.toMatch(/!$/);
      }
    }
  });
});
