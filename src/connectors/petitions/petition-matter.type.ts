import { Field, Int, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A petitioner (信访人) of a petition matter, as the petitions body registered them.',
})
export class Petitioner extends PersonOnRecord {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether this petitioner was chosen to speak for a collective petition (推选代表).',
  })
  representative: boolean | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A petition matter (信访事项) registered by the petitions bureau (信访局/信访办), with its stage and time limits under the 《信访工作条例》.',
})
export class PetitionMatter extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Matter number (事项编号), e.g. 西湖信〔2026〕0123号.' })
  matterNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Form (形式): LETTER 来信, VISIT 来访, ONLINE 网上信访 or PHONE 电话.',
  })
  form: string | null;

  @Field(() => String, { nullable: true, description: 'Day registered (登记日期), ISO 8601 date.' })
  registeredOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of petitioners (人数).' })
  headcount: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Collective petition (集体访): five or more people with one request.',
  })
  collective: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Repeated petition (重复访): the same request brought again.' })
  repeated: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Skip-level petition (越级访): brought to a level above the one responsible.',
  })
  skipLevel: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many times the same request was brought before (including at other levels).',
  })
  earlierPetitions: number | null;

  @Field(() => [Petitioner], { nullable: true, description: 'The petitioners (信访人).' })
  petitioners: Petitioner[] | null;

  @Field(() => String, { nullable: true, description: 'What the petitioners ask for (诉求内容), free text.' })
  request: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organisation the petition is about (被反映单位), e.g. an employer owing wages.',
  })
  concernsOrganisation: string | null;

  @Field(() => String, {
    nullable: true,
    description: "That organisation's unified social credit code (统一社会信用代码, GB 32100).",
  })
  concernsCreditCode: string | null;

  @Field(() => String, { nullable: true, description: 'The body responsible for handling it (责任单位).' })
  responsibleUnit: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Stage (阶段): ACCEPTANCE 受理, HANDLING 办理, REPLY 答复, REVIEW 复查, RE_EXAMINATION 复核 or CONCLUDED 办结.',
  })
  stage: string | null;

  @Field(() => String, { nullable: true, description: 'The leader who took the matter on personally (包案领导).' })
  leaderInCharge: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Acceptance due (受理期限): registration + 15 days (《信访工作条例》第二十四条), ISO 8601 date.',
  })
  acceptanceDueOn: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Handling due (办理期限): acceptance + 60 days, extended by at most 30 (《信访工作条例》第三十二条), ISO 8601 date.',
  })
  handlingDueOn: string | null;

  @Field(() => String, { nullable: true, description: 'Resolution (化解状态): UNRESOLVED 未化解 or RESOLVED 已化解.' })
  resolution: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On the list of long-standing petitions (列入积案清单).' })
  backlog: boolean | null;
}
