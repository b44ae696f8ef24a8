import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from './class-type';
import { HubError } from './hub-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/*
 * The page types hold plain values and have no field resolvers; with no global middleware in the
 * schema, `simpleResolvers` lets graphql-js read their fields directly instead of through
 * type-graphql's per-field resolver wrapper.
 */

@ObjectType({ description: 'Relay page information (分页信息).', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'Whether another page follows (pass endCursor as `after`) (是否有下一页).' })
  hasNextPage: boolean;

  @Field({ description: 'Whether this page was asked for with `after` (是否有上一页).' })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item; null for an empty page (首项游标).',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the last item: the next page's `after`; null for an empty page (末项游标).",
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when counted lazily: see keysetConnection. */
  totalCount: number | Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
// A node type is a class or a type-graphql enum/scalar reference; both are functions to type-graphql.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function ConnectionType<T>(name: string, nodeType: ClassType<T> | Function, nodeNullable = false) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor (列表项).` })
  class EdgeType {
    @Field(() => nodeType, { nullable: nodeNullable, description: `The ${name} (条目).` })
    node: T;

    @Field({ description: 'Where this item stands in the list: pass it as `after` to continue after it (游标).' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items (分页列表).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: "The items of this page, in the list's order (本页条目)." })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors (分页信息).' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items across all pages; counted only when selected (总数).' })
    totalCount: number | Promise<number>;
  }
  return ConnectionClass;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw HubError.badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}`);
  }
}

/** Offset cursors for lists read whole and sliced in the hub (small, bounded lists). */
export function offsetFromCursor(after: string | null | undefined): number {
  if (!after) return 0;
  // At most nine digits: no list the hub pages through is longer, and a larger number is no cursor it issued.
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw HubError.badInput('"after" is not a cursor this list issued');
  return Number(match[1]) + 1;
}

export function offsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/** A page's info; its start and end cursors are encoded only if a query reads them. */
function pageInfoOf(
  edges: ReadonlyArray<{ cursor: string }>,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges[edges.length - 1]?.cursor ?? null;
    },
  };
}

/** An edge of an in-memory list whose cursor is encoded only if a query reads it. */
class OffsetEdge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return offsetCursor(this.offset);
  }
}

/** Slices an in-memory list into a relay connection page (cursors encoded only when read). */
export function pageOf<T>(items: readonly T[], args: PageArgs): Connection<T> {
  checkPageSize(args.first);
  const start = offsetFromCursor(args.after);
  const slice = items.slice(start, start + args.first);
  const edges = slice.map((node, i) => new OffsetEdge(node, start + i));
  return {
    edges,
    totalCount: items.length,
    pageInfo: pageInfoOf(edges, start + args.first < items.length, start > 0),
  };
}

/** An edge whose cursor is encoded only if a query reads it (a work list's page rarely does). */
class KeysetEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/**
 * A page of a keyset-paginated list: `rows` is what the query returned with LIMIT first + 1,
 * so one row more than the page means there is a next page. `count` runs only if a query
 * reads `totalCount` (once): counting every row of a long list costs more than the page.
 */
export function keysetConnection<T>(
  rows: readonly T[],
  page: PageArgs,
  count: () => Promise<number>,
  cursorOf: (node: T) => string,
): Connection<T> {
  const edges = rows.slice(0, page.first).map((node) => new KeysetEdge(node, cursorOf));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: pageInfoOf(edges, rows.length > page.first, Boolean(page.after)),
    get totalCount() {
      return (counted ??= count());
    },
  };
}
