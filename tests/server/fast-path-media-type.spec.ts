// @ts-expect-error -- negotiator (Apollo Server's own negotiation library) ships no type declarations
import Negotiator from 'negotiator';
import { singleResultContentType } from '../../src/server/fast-path';

/** Apollo Server's choice for a single result (chooseContentTypeForSingleResultResponse). */
function apolloChoice(accept: string): string | null {
  const negotiator = new Negotiator({ headers: { accept } }) as { mediaType(types: string[]): string | undefined };
  return (
    negotiator.mediaType([
      'application/json; charset=utf-8',
      'application/graphql-response+json; charset=utf-8',
      'application/json; callbackSpec=1.0; charset=utf-8',
    ]) ?? null
  );
}

describe(singleResultContentType.name, () => {
  it('gives application/json when the request has no Accept, as Apollo does', () => {
    expect(singleResultContentType(undefined)).toBe('application/json; charset=utf-8');
    expect(singleResultContentType('')).toBe('application/json; charset=utf-8');
  });

  it.each([
    '*/*',
    'application/*',
    'application/json',
    'application/graphql-response+json',
    'APPLICATION/JSON',
    'application/json, application/graphql-response+json',
    'application/graphql-response+json, application/json',
    'application/graphql-response+json;q=0.9, application/json',
    'application/json;q=0.5, application/graphql-response+json;q=0.8',
    'application/json;q=0.5, */*',
    '*/*;q=0.1, application/graphql-response+json',
    'application/*;q=0.2, application/json;q=0.2',
    'application/json, application/json;q=0',
    'application/json;q=0, application/graphql-response+json;q=0',
  ])('chooses the media type Apollo chooses for %s', (accept) => {
    expect(singleResultContentType(accept) ?? null).toBe(apolloChoice(accept));
  });

  it.each([
    'text/html',
    'application/json; charset=utf-8',
    'application/json; callbackSpec=1.0',
    'application/json;q=high',
    'application/json,',
  ])('leaves %s to Apollo', (accept) => {
    expect(singleResultContentType(accept)).toBeUndefined();
  });
});
