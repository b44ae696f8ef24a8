// Who is signed in: the bearer token, kept in this tab only (sessionStorage), and what the hub says of it.

const KEY = 'mediation-console:token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** The hub's address: the console is served by the hub itself, so the same origin. */
export const GRAPHQL_URL = '/graphql';

/** Headers of one request: the token, and the purpose and case a read of other bodies' records is for. */
export function hubHeaders(
  scope: { purpose?: string | null; jointCaseId?: string | null } = {},
): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = storedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (scope.purpose) headers['x-purpose'] = scope.purpose;
  if (scope.jointCaseId) headers['x-joint-case-id'] = scope.jointCaseId;
  return headers;
}

export interface DevelopmentChoices {
  departments: Array<{ code: string; label: string }>;
  roles: Array<{ code: string; label: string }>;
}

/** Development only: the bodies and roles the hub issues development tokens for (null in production). */
export async function developmentChoices(): Promise<DevelopmentChoices | null> {
  const response = await fetch('/dev/token', { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  return (await response.json()) as DevelopmentChoices;
}

export async function developmentToken(department: string, role: string, user: string): Promise<string> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ department, role, user }),
  });
  const body = (await response.json()) as { token?: string; errors?: Array<{ message: string }> };
  if (!body.token) throw new Error(body.errors?.[0]?.message ?? '无法获取开发令牌');
  return body.token;
}
