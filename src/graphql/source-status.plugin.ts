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
  const sources = Object.fromEntries([...statuses].sort(([a], [b]) => compareBodyCodes(a, b)));
  result.extensions = { ...result.extensions, sources };
}

/**
 * Body codes (`[A-Z][A-Z0-9_]*`, DepartmentRegistry) in the order `localeCompare` gives them —
 * ICU's root collation: `_` before digits before letters, a prefix first — compared without
 * a collator, which would hold about 5 MB of ICU data resident from the first request on.
 */
export function compareBodyCodes(a: string, b: string): number {
  const x = a.replaceAll('_', ' ');
  const y = b.replaceAll('_', ' ');
  return x < y ? -1 : x > y ? 1 : 0;
}
