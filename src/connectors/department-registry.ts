import { HubError } from '../common/hub-error';
import type { DepartmentDefinition, RecordTypeSource } from './department-definition';
import type { ClassType } from '../common/class-type';

const CODE_SHAPE = /^[A-Z][A-Z0-9_]*$/;

/** The open list of bodies the hub serves. Built once at start-up from the registration list. */
export class DepartmentRegistry {
  private readonly byCode = new Map<string, DepartmentDefinition>();

  constructor(definitions: readonly DepartmentDefinition[]) {
    for (const definition of definitions) {
      if (!CODE_SHAPE.test(definition.code))
        throw new Error(`Department code ${definition.code} must be SCREAMING_SNAKE`);
      if (this.byCode.has(definition.code)) throw new Error(`Department ${definition.code} is registered twice`);
      this.byCode.set(definition.code, definition);
    }
  }

  get codes(): string[] {
    return [...this.byCode.keys()];
  }

  get all(): DepartmentDefinition[] {
    return [...this.byCode.values()];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The body with this code, or BAD_USER_INPUT naming the known ones. */
  get(code: string): DepartmentDefinition {
    const definition = this.byCode.get(code);
    if (!definition) throw HubError.badInput(`Unknown body "${code}"; known bodies: ${this.codes.join(', ')}`);
    return definition;
  }

  recordType(department: string, recordType: string): RecordTypeSource {
    const source = this.get(department).recordTypes.find((t) => t.name === recordType);
    if (!source) throw HubError.badInput(`Body ${department} has no record type "${recordType}"`);
    return source;
  }

  /** Every GraphQL record type of every body, so the schema includes them. */
  graphqlTypes(): Array<ClassType<unknown>> {
    return this.all.flatMap((d) => d.recordTypes.map((t) => t.graphqlType));
  }
}
