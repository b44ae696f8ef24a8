import { createHash } from 'node:crypto';
import fs from 'node:fs';

/**
 * Trusted documents (a persisted-operation allow-list): a manifest of the operations a
 * deployment's own clients send, `{ "<sha256 hex of the text>": "<document text>" }` — the
 * format graphql-codegen's client preset writes with `persistedDocuments: true`
 * (console/src/gql/persisted-documents.json is the console's). It is read once at start.
 *
 * A client names a document by `documentId` (`"sha256:<hash>"` or the bare hash) or by
 * Apollo's `extensions.persistedQuery.sha256Hash`, and may leave the text out. With
 * TRUSTED_DOCUMENTS=only any other document is refused with TRUSTED_DOCUMENT_REQUIRED;
 * with `allow` listed documents may be sent by id and other documents still run.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

export interface TrustedDocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

export type TrustedDocumentOutcome = { ok: true; query?: string } | { ok: false; reason: string };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class TrustedDocuments {
  private constructor(
    readonly mode: TrustedDocumentsMode,
    private readonly byHash: ReadonlyMap<string, string>,
  ) {}

  static none(): TrustedDocuments {
    return new TrustedDocuments('off', new Map());
  }

  /**
   * Reads and checks a manifest: every key must be the SHA-256 of its text, so a client that
   * sends the text instead of the id is matched too.
   */
  static load(mode: TrustedDocumentsMode, file: string): TrustedDocuments {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`${file} is not a trusted-documents manifest (an object of hash → document)`);
    const byHash = new Map<string, string>();
    for (const [hash, text] of Object.entries(parsed)) {
      if (typeof text !== 'string' || sha256Hex(text) !== hash.toLowerCase())
        throw new Error(`${file}: the entry ${hash} is not the SHA-256 of its document`);
      byHash.set(hash.toLowerCase(), text);
    }
    return new TrustedDocuments(mode, byHash);
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * The query text a request runs: the manifest's for a known id, the request's own when it is
   * listed (or when not every document must be listed), a refusal otherwise.
   */
  resolve(request: TrustedDocumentRequest): TrustedDocumentOutcome {
    if (this.mode === 'off') return { ok: true };
    const id = idOf(request);
    if (id !== undefined) {
      const text = this.byHash.get(id);
      if (text !== undefined) return { ok: true, query: text };
      if (this.mode === 'only')
        return {
          ok: false,
          reason: 'This hub runs only trusted documents, and the document id sent is not one of them',
        };
      return { ok: true };
    }
    if (typeof request.query === 'string' && this.mode === 'only' && !this.byHash.has(sha256Hex(request.query))) {
      return {
        ok: false,
        reason:
          'This hub runs only trusted documents (a persisted-operation allow-list); send the id of a listed document',
      };
    }
    return { ok: true };
  }
}

function idOf(request: TrustedDocumentRequest): string | undefined {
  if (typeof request.documentId === 'string') return request.documentId.replace(/^sha256:/i, '').toLowerCase();
  const extensions = request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash.toLowerCase() : undefined;
}
