import { Client, cacheExchange, fetchExchange } from 'urql';
import * as generated from './gql/graphql';
import { GRAPHQL_URL, hubHeaders } from './session';

/**
 * The manifest id of each of the console's operations, by operation name (codegen embeds the
 * SHA-256 of every document in it: `persistedDocuments` in codegen.ts).
 */
const DOCUMENT_IDS = new Map<string, string>();
for (const value of Object.values(generated)) {
  const document = value as unknown as {
    __meta__?: { hash?: string };
    definitions?: ReadonlyArray<{ kind: string; name?: { value: string } }>;
  };
  const name = document?.definitions?.find((d) => d.kind === 'OperationDefinition')?.name?.value;
  if (name && document.__meta__?.hash) DOCUMENT_IDS.set(name, document.__meta__.hash);
}

/**
 * Every request names its trusted document (`documentId`) besides sending its text: a hub with
 * TRUSTED_DOCUMENTS=only runs the manifest's text for the id, any other hub runs the text.
 */
const withDocumentId: typeof fetch = (input, init) => {
  if (init?.method === 'POST' && typeof init.body === 'string') {
    const body = JSON.parse(init.body) as { operationName?: string };
    const id = body.operationName ? DOCUMENT_IDS.get(body.operationName) : undefined;
    if (id) init = { ...init, body: JSON.stringify({ ...body, documentId: `sha256:${id}` }) };
  }
  return fetch(input, init);
};

/**
 * One urql client for the console. Answers are per caller and audited, so nothing is cached
 * across screens: every query asks the hub (`network-only` below), and mutations POST.
 * Queries POST too: the hub takes GET queries with the bearer token, but POST keeps tokens out
 * of URLs and access logs.
 */
export function createHubClient(): Client {
  return new Client({
    url: GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: withDocumentId,
    fetchOptions: () => ({ headers: hubHeaders() }),
  });
}

/** The context of a request that reads other bodies' records for a purpose and a case. */
export function scopedContext(purpose: string | null, jointCaseId: string | null) {
  return { fetchOptions: () => ({ headers: hubHeaders({ purpose, jointCaseId }) }) };
}
