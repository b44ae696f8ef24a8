import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import type { ContainerType, ResolverData } from 'type-graphql';
import type { PageArgs } from '../common/relay';
import { JointCaseResolver, LinkedRecordResolver } from '../cases/joint-case.resolver';
import type { JointCase, LinkedRecord } from '../cases/joint-case.type';
import { PersonRecordsAtDepartmentResolver } from '../persons/person.resolver';
import type { PersonRecordsAtDepartment } from '../persons/person.type';
import type { RequestContext } from './request-context';

type Plain = GraphQLFieldResolver<never, RequestContext, never>;

/**
 * Plain graphql-js resolvers for the fields resolved once per item on the hot read paths (each
 * case of a page, each linked record, each body of a person view). A page's case reaches its
 * text and parties resolvers as the object the page gave (the read room finds the page's
 * parties by it), and they may answer a value rather than a promise. They call the same resolver
 * methods as type-graphql would, without its per-call work: a copy of the parent object into a
 * new class instance (`@Root`), argument conversion and class-validator (the page arguments
 * carry no rules; the read checks the page size), and the sorting of parameters. The schema,
 * its types and descriptions stay type-graphql's.
 */
export function useLeanReadPathResolvers(schema: GraphQLSchema, container: ContainerType): void {
  // Resolver instances are looked up when a request runs (the composition root builds them after the schema).
  const get = <T>(resolverClass: new (...args: never[]) => T): T =>
    container.get(resolverClass, {} as ResolverData) as T;
  const lean: Record<string, Record<string, Plain>> = {
    JointCase: {
      title: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).title(jointCase, ctx),
      description: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).description(jointCase, ctx),
      place: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).place(jointCase, ctx),
      agreementTerms: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).agreementTerms(jointCase, ctx),
      failureReason: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).failureReason(jointCase, ctx),
      followUpNote: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).followUpNote(jointCase, ctx),
      parties: (jointCase: JointCase, _args, ctx) => get(JointCaseResolver).parties(jointCase, ctx),
      linkedRecords: (jointCase: JointCase, page: PageArgs, ctx, info: GraphQLResolveInfo) =>
        get(JointCaseResolver).linkedRecords(jointCase, page, ctx, info),
    },
    LinkedRecord: {
      record: (link: LinkedRecord, _args, ctx, info: GraphQLResolveInfo) =>
        get(LinkedRecordResolver).record(link, ctx, info),
    },
    PersonRecordsAtDepartment: {
      records: (at: PersonRecordsAtDepartment, page: PageArgs, ctx, info: GraphQLResolveInfo) =>
        get(PersonRecordsAtDepartmentResolver).records(at, page, ctx, info),
    },
  };
  for (const [typeName, fields] of Object.entries(lean)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`The schema has no object type ${typeName}`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`${typeName} has no field ${fieldName}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}
