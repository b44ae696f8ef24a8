import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { type GraphQLSchema, parse } from 'graphql';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { BODY_COST_PER_MINUTE, FairUse, MemoryFairUseStore, USER_COST_PER_MINUTE } from '../../src/graphql/fair-use';
import { MAX_COST, queryCost } from '../../src/graphql/query-limits';
import { buildHubSchema } from '../../src/graphql/schema';

/** The README's example queries, as a reader would copy them. */
function readmeQueries(): string[] {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const examples = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('## Data-sharing agreements'));
  return [...examples.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** A case page: the case's shared context, as a mediator opens it (one joint case, its parties and records). */
const CASE_PAGE = `query($id: ID!) { jointCase(id: $id) {
  id caseNumber title category status leadDepartment participatingDepartments parties { role name }
  linkedRecords(first: 50) { edges { node { department recordType recordId record { __typename
    ... on CourtCaseFiling { caseNumber causeOfAction stage parties { role name } }
    ... on PoliceIncident { incidentNumber calledAt category summary }
    ... on PeopleMediationCase { caseNumber outcome agreementNumber } } } } } } }`;

/** A centre's working assumption: fifty people, each opening (or refreshing) a page every six seconds at the busiest. */
const PEOPLE = 50;
const PAGES_PER_PERSON_PER_MINUTE = 10;

describe('fair-use defaults let a centre of fifty people work on the case page', () => {
  let schema: GraphQLSchema;
  let costs: { list: number; person: number; casePage: number };

  beforeAll(async () => {
    schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    const [list, person] = readmeQueries();
    costs = {
      list: queryCost(schema, parse(list)),
      person: queryCost(schema, parse(person), { id: '110105194912310029' }),
      casePage: queryCost(schema, parse(CASE_PAGE), { id: '00000000-0000-4000-8000-000000000000' }),
    };
  });

  it('measures the README queries (README "Operations" quotes these numbers)', () => {
    expect(costs).toEqual({ list: 7651, person: 1033, casePage: 1530 });
    expect(costs.list).toBeLessThanOrEqual(MAX_COST);
  });

  it('gives one person ten of the heaviest README query a minute', () => {
    expect(USER_COST_PER_MINUTE).toBeGreaterThanOrEqual(PAGES_PER_PERSON_PER_MINUTE * costs.list);
  });

  it("gives one body's fifty people ten of the heaviest README query each a minute", () => {
    expect(BODY_COST_PER_MINUTE).toBeGreaterThanOrEqual(PEOPLE * PAGES_PER_PERSON_PER_MINUTE * costs.list);
  });

  it('refuses none of a minute of fifty people loading the case list every six seconds (token buckets, simulated clock)', async () => {
    let now = 0;
    const fairUse = new FairUse({}, new MemoryFairUseStore(() => now));
    let refused = 0;
    for (let tick = 0; tick < 60; tick++) {
      now = tick * 1000;
      // Each second a tenth of the people load the page, at staggered times.
      for (let person = 0; person < PEOPLE; person++) {
        if ((person + tick) % 6 !== 0) continue;
        try {
          await fairUse.charge({ department: 'GOVERNANCE_CENTRE', user: `mediator-${person}` }, costs.list);
        } catch {
          refused++;
        }
      }
    }
    expect(refused).toBe(0);
  });

  it('still refuses one user who scripts the heaviest query in a loop', async () => {
    let now = 0;
    const fairUse = new FairUse({}, new MemoryFairUseStore(() => now));
    let answered = 0;
    for (let i = 0; i < 1000; i++) {
      now = i * 10; // 100 a second for 10 s
      try {
        await fairUse.charge({ department: 'COURT', user: 'script' }, costs.list);
        answered++;
      } catch {
        // refused
      }
    }
    expect(answered).toBeLessThan(40);
  });
});
