import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';
import { RecordFieldAccess } from './record-access.type';

/*
 * A page of a person's records at one body (`person { departments { records } }`). Each edge
 * carries the record's typed `access`, as a linked record does, so a person screen can render
 * granted, masked and denied fields without reading errors.
 */

@ObjectType('DepartmentRecordEdge', {
  simpleResolvers: true,
  description: 'One DepartmentRecord in a page, with its cursor (列表项).',
})
export class PersonRecordEdge {
  @Field(() => DepartmentRecord, { description: 'The DepartmentRecord (条目).' })
  node: DepartmentRecord;

  @Field({ description: 'Where this item stands in the list: pass it as `after` to continue after it (游标).' })
  cursor: string;

  @Field(() => [RecordFieldAccess], {
    description:
      'How each field of the record reaches the caller (字段访问情况): GRANTED, MASKED (with its mask) or DENIED (with the reason) — the decisions the audit records for this look, as on a linked record.',
  })
  access: RecordFieldAccess[];
}

@ObjectType('DepartmentRecordConnection', {
  simpleResolvers: true,
  description: 'A page of DepartmentRecord items (分页列表).',
})
export class PersonRecordConnection {
  @Field(() => [PersonRecordEdge], { description: "The items of this page, in the list's order (本页条目)." })
  edges: PersonRecordEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors (分页信息).' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Items across all pages; counted only when selected (总数).' })
  totalCount: number | Promise<number>;
}
