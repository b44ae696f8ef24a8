import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLField,
  type GraphQLResolveInfo,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/*
 * What a field's selection asks below it, read from the query document alone (no caller, no
 * data), for resolvers that read ahead for their children: the columns a page needs, the
 * records a page of links will show.
 */

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The fields of a selection set, through fragments and inline fragments. Directives are not
 * weighed: a field under @skip is listed too (what a read may need, not what will be shown).
 */
export function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[] = []) {
  if (!selectionSet) return out;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, out);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) fieldsOf(fragment.selectionSet, fragments, out);
    }
  }
  return out;
}

/** The fields named `name` selected below `nodes` (see fieldsOf). */
export function childrenNamed(nodes: readonly FieldNode[], name: string, fragments: Fragments): FieldNode[] {
  const found: FieldNode[] = [];
  for (const node of nodes)
    for (const f of fieldsOf(node.selectionSet, fragments)) if (f.name.value === name) found.push(f);
  return found;
}

/**
 * The fields named `name` below `nodes` that every answer resolves, or null when a selection on
 * the way carries a directive (@skip and @include decide only when the query runs). For fields
 * of object types: an inline fragment's type condition is taken to hold.
 */
function surelySelectedChildren(nodes: readonly FieldNode[], name: string, fragments: Fragments): FieldNode[] | null {
  const found: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(selection.selectionSet)) return false;
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || !visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const node of nodes) if (!visit(node.selectionSet)) return null;
  return found;
}

/**
 * A question about the selection below a field — the field nodes at `path` under it that every
 * answer resolves (none when the path is not selected, or is selected under a directive) —
 * answered once per query document (the pipeline's document cache keeps the nodes).
 */
export function surelySelected(path: readonly string[]): (info: GraphQLResolveInfo) => readonly FieldNode[] {
  const answers = new WeakMap<FieldNode, readonly FieldNode[]>();
  const answer = (info: GraphQLResolveInfo): readonly FieldNode[] => {
    let at: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) {
      const next = surelySelectedChildren(at, name, info.fragments);
      if (!next?.length) return [];
      at = next;
    }
    return at;
  };
  return (info) => {
    if (info.fieldNodes.length !== 1) return answer(info);
    let found = answers.get(info.fieldNodes[0]);
    if (!found) {
      found = answer(info);
      answers.set(info.fieldNodes[0], found);
    }
    return found;
  };
}

/**
 * The arguments of the field at `path` below a field returning objects, when every answer
 * resolves it under one response name (so with one set of arguments); null otherwise.
 */
export function surelySelectedArguments(
  path: readonly string[],
): (info: GraphQLResolveInfo) => Record<string, unknown> | null {
  const nodesAt = surelySelected(path);
  return (info) => {
    const nodes = nodesAt(info);
    if (nodes.length === 0) return null;
    const responseName = (node: FieldNode) => node.alias?.value ?? node.name.value;
    if (nodes.some((node) => responseName(node) !== responseName(nodes[0]))) return null;
    let type = getNamedType(info.returnType);
    let field: GraphQLField<unknown, unknown> | undefined;
    for (const name of path) {
      if (!isObjectType(type)) return null;
      field = type.getFields()[name];
      if (!field) return null;
      type = getNamedType(field.type);
    }
    return getArgumentValues(field!, nodes[0], info.variableValues);
  };
}
