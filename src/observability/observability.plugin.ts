import type { ApolloServerPlugin } from '@apollo/server';
import { currentObservation, type RequestObservation } from './request-observation';

/**
 * Notes on the request's observation what only GraphQL knows: the operation's name and type,
 * and where to find the final response's errors (after formatting, so the codes clients see).
 */
export function observabilityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const observation = currentObservation();
      if (!observation) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          noteOperation(observation, operationName, operation?.operation);
        },
        async willSendResponse({ response }) {
          // Read once the response is final: other plugins' willSendResponse (the audit's, which
          // may withhold the data) run alongside this one.
          observation.finalErrors = () =>
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        },
      };
    },
  };
}

/** Notes the operation's name and type on the request's observation (log line, metrics, span). */
export function noteOperation(
  observation: RequestObservation,
  operationName: string | null | undefined,
  operationType: string | undefined,
): void {
  const type = operationType ?? 'unknown';
  observation.operation = operationName ?? '(anonymous)';
  observation.operationType = type;
  observation.span?.updateName(`graphql ${type} ${observation.operation}`);
  observation.span?.setAttribute('graphql.operation.name', observation.operation);
  observation.span?.setAttribute('graphql.operation.type', type);
}

export function codesOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string[] {
  const codes: string[] = [];
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
