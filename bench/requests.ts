import type { Role } from '../src/auth/actor';
import { loadOrCreateLocalKeys } from '../src/auth/local-keys';
import { TokenService, tokenDepartments } from '../src/auth/token.service';
import { registeredDepartments } from '../src/connectors/registered-departments';
import { withClient } from '../src/runtime/provisioning';
import type { BenchEnvironment } from './environment';
import type { Fixtures } from './fixtures';
import type { LoadRequest } from './load';
import { type BenchQuery, postgraphileQ2 } from './queries';
import type { ServerProcess } from './server-process';

/** The HTTP request of each query for each server: the same request for the limit and both hubs. */
export async function buildRequests(
  env: BenchEnvironment,
  fixtures: Fixtures,
  queries: BenchQuery[],
): Promise<Map<string, LoadRequest>> {
  const keys = await loadOrCreateLocalKeys(env.dataDir);
  const tokens = new TokenService({
    issuer: 'mediation-hub',
    audience: 'mediation-hub',
    signingKey: keys.signingKey,
    verificationKey: keys.verificationKey,
    knownDepartments: tokenDepartments(registeredDepartments.map((d) => d.code)),
  });
  const requests = new Map<string, LoadRequest>();
  for (const q of queries) {
    const token = await tokens.issue(
      { department: q.caller.department, role: q.caller.role as Role, user: q.caller.user },
      '24h',
    );
    const request: LoadRequest = {
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...q.headers },
      body: JSON.stringify({ operationName: q.operationName, query: q.query, variables: q.variables }),
    };
    for (const v of ['limit', 'limitOff', 'hubOn', 'hubOff'] as const) requests.set(`${q.name}:${v}`, request);
  }
  requests.set('Q2:postgraphile', {
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(postgraphileQ2(fixtures)),
  });
  return requests;
}

export async function send(
  server: ServerProcess,
  request: LoadRequest,
  body = request.body,
): Promise<{ status: number; json: Record<string, unknown>; requestId: string | null }> {
  const response = await fetch(server.url + request.path, { method: 'POST', headers: request.headers, body });
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    requestId: response.headers.get('x-request-id'),
  };
}

/**
 * The audit records one request committed, without what differs by request and time (its id,
 * when, its place in the chain), in a stable order: two servers doing the same work commit
 * the same ones.
 */
export async function auditRowsOf(hubUrl: string, requestId: string | null): Promise<unknown[]> {
  if (!requestId) return [];
  const rows = await withClient(
    hubUrl,
    async (client) =>
      (
        await client.query(
          `SELECT kind, actor_user, actor_department, actor_role, purpose, joint_case_id, provider, record_type, record_id,
                subject_hashes, field_decisions, agreement_ids, detail
           FROM audit_entry WHERE request_id = $1`,
          [requestId],
        )
      ).rows as Array<Record<string, unknown>>,
  );
  return rows
    .map((row) => ({
      ...row,
      subject_hashes: [...((row.subject_hashes as string[] | null) ?? [])].sort(),
      agreement_ids: [...((row.agreement_ids as string[] | null) ?? [])].sort(),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
