import { Client, cacheExchange, fetchExchange } from 'urql';
import { GRAPHQL_URL, hubHeaders } from './session';

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
    fetchOptions: () => ({ headers: hubHeaders() }),
  });
}

/** The context of a request that reads other bodies' records for a purpose and a case. */
export function scopedContext(purpose: string | null, jointCaseId: string | null) {
  return { fetchOptions: () => ({ headers: hubHeaders({ purpose, jointCaseId }) }) };
}
