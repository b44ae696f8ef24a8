import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A personal-safety protection order (人身安全保护令, case type 民保令) issued by the court under the Anti-Domestic Violence Law (反家庭暴力法 第四章).',
})
export class CourtProtectionOrder extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Order number, e.g. （2026）浙0106民保令1号.' })
  orderNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Day issued (作出日期), ISO 8601 date; within 72 hours of the application, 24 in an emergency (第二十八条).',
  })
  issuedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day in force (有效期至), ISO 8601 date; at most six months after issue (第三十条).',
  })
  effectiveUntil: string | null;

  @Field(() => String, { nullable: true, description: 'Status: EFFECTIVE 生效中, EXPIRED 已届满 or REVOKED 已撤销.' })
  status: string | null;

  @Field(() => String, { nullable: true, description: 'The applicant (申请人), the person protected.' })
  applicantName: string | null;

  @Field(() => String, { nullable: true, description: "The applicant's resident ID number (居民身份证号码)." })
  applicantResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The applicant's address as the court holds it." })
  applicantAddress: string | null;

  @Field(() => String, { nullable: true, description: 'The respondent (被申请人).' })
  respondentName: string | null;

  @Field(() => String, { nullable: true, description: "The respondent's resident ID number (居民身份证号码)." })
  respondentResidentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The measures ordered (第二十九条: 禁止实施家庭暴力, 禁止骚扰、跟踪、接触, 责令迁出住所, …).',
  })
  measures: string | null;
}
