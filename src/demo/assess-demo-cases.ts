/** A page of the work list: just what the assessment walks. */
interface CasePage {
  jointCases: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * After a first start has seeded the demo, the governance centre assesses every seeded case
 * through the running hub — the same reads under the same RISK_SCREENING agreements, with the
 * same audit records, as for a case taken in at the window.
 */
export async function assessDemoCases(graphqlUrl: string, token: string): Promise<number> {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'RISK_SCREENING' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`demo assessment failed: ${body.errors[0].message}`);
    return body.data;
  };
  let after: string | null = null;
  let assessed = 0;
  do {
    const data: CasePage = await call<CasePage>(
      `query($after: String) { jointCases(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const { node } of data.jointCases.edges) {
      await call(`mutation($id: ID!) { reassessJointCaseRisk(id: $id) { id } }`, { id: node.id });
      assessed++;
    }
    after = data.jointCases.pageInfo.hasNextPage ? data.jointCases.pageInfo.endCursor : null;
  } while (after);
  return assessed;
}
