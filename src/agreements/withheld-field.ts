import {
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
  responsePathAsArray,
} from 'graphql';
import { HubError } from '../common/hub-error';

/**
 * A field the agreements (or a person's protection) withhold from the caller, held in the
 * shaped record as data: the answer shows `null` at its place, with the error saying why
 * (FORBIDDEN_BY_AGREEMENT, naming the body, the record kind and the field). The error is built
 * once per (body, kind, field, reason) and shared by every record that withholds the field.
 */
export class WithheldField {
  /** The located error per field node of a query document, but for its path (see `at`). */
  private readonly located = new WeakMap<FieldNode, GraphQLError>();

  constructor(readonly error: HubError) {}

  /** Why the field is withheld. */
  get reason(): string {
    return this.error.message;
  }

  /**
   * The error at the field's place in this answer (its path and its position in the query),
   * as graphql-js would locate a thrown one, but without capturing a stack nobody reads. A
   * GraphQLError costs about 9 µs to construct (its locations, its properties), and a record
   * kind withholding a field withholds it from every record of a page: the error is built
   * once per field node of a query document, and each place gets an object inheriting it with
   * its own path (graphql-js takes an error that has a path as already located).
   */
  at(info: GraphQLResolveInfo): GraphQLError {
    const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
    let located = node && this.located.get(node);
    if (!located) {
      located = this.locatedAt(info.fieldNodes);
      if (node) this.located.set(node, located);
    }
    return Object.create(located, {
      path: { value: responsePathAsArray(info.path), enumerable: true, writable: true, configurable: true },
    }) as GraphQLError;
  }

  private locatedAt(nodes: readonly FieldNode[]): GraphQLError {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new GraphQLError(this.error.message, { nodes, originalError: this.error });
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/**
 * What a resolver answers for a value that may be withheld, now or once read: the value, or a
 * WithheldField's located error (null in the answer, nothing thrown, no stack); a value read
 * ahead is answered without a promise.
 */
export function shownAt<T>(
  value: T | WithheldField | Promise<T | WithheldField>,
  info: GraphQLResolveInfo,
): T | GraphQLError | Promise<T | GraphQLError> {
  const shown = (settled: T | WithheldField) => (settled instanceof WithheldField ? settled.at(info) : settled);
  return value instanceof Promise ? value.then(shown) : shown(value);
}

/**
 * The keys are few: fields of registered kinds × a handful of reasons, and bodies × the
 * agreements' refusals. A plain Map (the shaper looks up every withheld field of every record);
 * emptied should a flood of distinct agreement titles ever fill it.
 */
const withheldFields = new Map<string, WithheldField>();
const MOST_WITHHELD_FIELDS = 10_000;

/** The one WithheldField for a key (body, kind, field and reason); `error` builds its error the first time. */
export function withheldField(key: string, error: () => HubError): WithheldField {
  let field = withheldFields.get(key);
  if (!field) {
    field = new WithheldField(error());
    if (withheldFields.size >= MOST_WITHHELD_FIELDS) withheldFields.clear();
    withheldFields.set(key, field);
  }
  return field;
}

/**
 * graphql-js's default resolver, except that a withheld field resolves to its located error
 * (null in the answer, the error in `errors`, in the order graphql-js meets them), so a denied
 * field costs no thrown exception and no stack.
 */
const resolveShapedField: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if ((typeof source !== 'object' || source === null) && typeof source !== 'function') return undefined;
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (value instanceof WithheldField) return value.at(info);
  if (typeof value === 'function')
    return (value as (args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown).call(
      source,
      args,
      context,
      info,
    );
  return value;
};

/**
 * Gives every object-type field that reads its value straight from its parent (no resolver of
 * its own) the resolver above, so a WithheldField in a shaped record or party answers as a
 * denial wherever it sits.
 */
export function resolveWithheldFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) field.resolve = resolveShapedField;
    }
  }
}

/** Whether a field's value is read straight from its parent (no resolver of its own but the one above). */
export function readsFromItsParent(field: Pick<GraphQLField<unknown, unknown>, 'resolve'>): boolean {
  return field.resolve === undefined || field.resolve === resolveShapedField;
}

/**
 * A body's record, or all its records of a person, withheld by the agreements
 * (FORBIDDEN_BY_AGREEMENT naming the body): one per body and reason, shared by every request.
 */
export function withheldByAgreement(department: string, reason: string): WithheldField {
  return withheldField(`${department}\u0000${reason}`, () => HubError.forbiddenByAgreement(department, reason));
}
