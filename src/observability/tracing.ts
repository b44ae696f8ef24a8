import { context, type Span, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { currentObservation } from './request-observation';

/**
 * OpenTelemetry spans through the API package only: request → each body's read → audit
 * commit. With tracing off (the default) nothing is created. With it on, spans go to whatever
 * tracer provider the operator registered (an OpenTelemetry SDK loaded with `node --require`,
 * for instance); with none registered the API's own no-op provider drops them.
 */
export const TRACER_NAME = 'mediation-hub';

export function hubTracer(enabled: boolean): Tracer | undefined {
  return enabled ? trace.getTracer(TRACER_NAME) : undefined;
}

/** A child of the current request's span, or nothing when the request is not traced. */
export function startChildSpan(name: string, attributes: Record<string, string | number>): Span | undefined {
  const observation = currentObservation();
  if (!observation?.tracer || !observation.span) return undefined;
  return observation.tracer.startSpan(
    name,
    { kind: SpanKind.CLIENT, attributes },
    trace.setSpan(context.active(), observation.span),
  );
}

/** Runs `work` inside a child span of the current request (if traced), ending it with the outcome. */
export async function traced<T>(
  name: string,
  attributes: Record<string, string | number>,
  work: () => Promise<T>,
): Promise<T> {
  const span = startChildSpan(name, attributes);
  if (!span) return work();
  try {
    const result = await work();
    span.setStatus({ code: SpanStatusCode.OK });
    return result;
  } catch (error) {
    // The error's type and code only: messages may carry statement values.
    const code =
      (error as { code?: unknown; status?: unknown } | null)?.status ?? (error as { code?: unknown } | null)?.code;
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: typeof code === 'string' ? code : ((error as Error)?.name ?? 'error'),
    });
    throw error;
  } finally {
    span.end();
  }
}

export { SpanKind, SpanStatusCode };
