import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './request-context';

/**
 * `extensions.sources` of every response: each body the request read from, with how it
 * answered — UP, DOWN, TIMEOUT or CIRCUIT_OPEN (not asked: its circuit breaker is open).
 * Bodies whose records the request was not allowed to read are not asked, so not listed.
 * Taken from what the request's own loaders recorded (`ctx.loaders.records.sourceStatus`).
 */
export function sourceStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          if (response.body.kind !== 'single') return;
          const statuses = ctx?.loaders?.records.sourceStatus;
          if (!statuses || statuses.size === 0) return;
          const sources = Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b)));
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sources };
        },
      };
    },
  };
}
