import { type FieldNode, getLocation, Kind, parse, type SelectionSetNode, Source } from 'graphql';

/*
 * The limit server answers only the benchmark's known operations. Like a persisted query, each
 * is read once at start-up into a plan: which fields to output at each level, in order, and
 * where each field sits in the document (an error names its location, as graphql-js does).
 * Nothing here runs per request.
 */

export interface SourceLocation {
  line: number;
  column: number;
}

export interface FieldPlan {
  name: string;
  location: SourceLocation;
  /** Fields selected on the value, per GraphQL type (`*` for fields selected on every type). */
  children: Map<string, FieldPlan[]>;
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  source: Source,
  onType = '*',
  into = new Map<string, FieldPlan[]>(),
): Map<string, FieldPlan[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const list = into.get(onType) ?? [];
      list.push(planOf(selection, source));
      into.set(onType, list);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldsOf(selection.selectionSet, source, selection.typeCondition?.name.value ?? onType, into);
    }
  }
  return into;
}

function planOf(node: FieldNode, source: Source): FieldPlan {
  const { line, column } = getLocation(source, node.loc!.start);
  return { name: node.name.value, location: { line, column }, children: fieldsOf(node.selectionSet, source) };
}

/** The plan of an operation's root field (the document's first operation, first field). */
export function compileOperation(query: string): FieldPlan {
  const source = new Source(query);
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('root selection is not a field');
  return planOf(root, source);
}

/** The fields selected on a value of `typeName`, in document order (common fields first). */
export function fieldsFor(plan: FieldPlan, typeName = '*'): FieldPlan[] {
  const common = plan.children.get('*') ?? [];
  return typeName === '*' ? common : [...common, ...(plan.children.get(typeName) ?? [])];
}
