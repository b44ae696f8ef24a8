/** A class whose instances are T (a GraphQL object type, an entity). */
export type ClassType<T> = new (...args: never[]) => T;
