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
          if (response.body.kind === 'single') addSourcesExtension(response.body.singleResult, ctx);
        },
      };
    },
  };
}

/** Adds `extensions.sources` to the answer when the request read from any body. */
export function addSourcesExtension(
  result: { extensions?: Record<string, unknown> },
  ctx: Pick<RequestContext, 'loaders'> | undefined,
): void {
  const statuses = ctx?.loaders?.records.sourceStatus;
  if (!statuses || statuses.size === 0) return;
  const sources = Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b)));
  result.extensions = { ...result.extensions, sources };
}
