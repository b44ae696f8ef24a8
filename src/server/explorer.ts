import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/*
 * The schema explorer at GET /graphql for browsers (Accept: text/html): Ruru, PostGraphile's
 * GraphiQL distribution, with every script, style sheet, worker and font served by the hub
 * itself from the installed `ruru` package (its `ruru/static` bundle) — an intranet has no
 * CDN. On in development; in production only with EXPLORER=on.
 */

// ruru publishes its entry points through package.json "exports" only; this project resolves
// modules the CommonJS way, so they are required with the few types used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/unbound-method
const { ruruHTML } = require('ruru/server') as { ruruHTML(config: Record<string, unknown>): string };

interface BundledFile {
  etag: string;
  /** Brotli-compressed. */
  buffer: Buffer;
}

let bundle: Record<string, BundledFile> | undefined;

/**
 * The explorer's files as the package ships them (brotli-compressed buffers, ~4 MB), read on
 * the first request for one. `ruru/static` loads the same module with a dynamic import, which
 * the test runner's module system cannot follow; it is required here by its path instead.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- required by its file path, as said above */
function bundledFiles(): Record<string, BundledFile> {
  bundle ??= (
    require(path.join(path.dirname(require.resolve('ruru/static')), 'bundleCode.js')) as {
      bundleData: Record<string, BundledFile>;
    }
  ).bundleData;
  return bundle;
}
/* eslint-enable @typescript-eslint/no-require-imports */

const ASSET_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  ttf: 'font/ttf',
  txt: 'text/plain; charset=utf-8',
};

/** Where the explorer's assets are served. */
export const EXPLORER_STATIC_PATH = '/graphql-explorer/';

/** The README's example operations, preloaded in the explorer's editor (pick one to run). */
export const EXAMPLE_OPERATIONS = `# mediation-hub — example operations (README "Example queries").
# Put a token in the Headers tab below (or get one with the picker above, in development).
# Set "x-purpose" (JOINT_MEDIATION, RISK_SCREENING, STATISTICS) to read other bodies' records
# as an agreement grants them, and "x-joint-case-id" for the case you read them for.

query Me {
  me { user department role }
}

query Departments {
  departments { code displayName recordTypes }
}

query SharedCaseContext {
  jointCases(first: 5) {
    edges {
      node {
        id caseNumber title category leadDepartment participatingDepartments
        parties { role name }
        linkedRecords(first: 50) {
          edges {
            node {
              department recordType recordId
              record {
                __typename
                ... on CourtCaseFiling { caseNumber causeOfAction stage parties { role name } }
                ... on PoliceIncident { incidentNumber calledAt category summary }
                ... on PeopleMediationCase { caseNumber outcome agreementNumber }
              }
            }
          }
        }
      }
    }
  }
}

query PersonAcrossBodies($id: String!) {
  person(residentId: $id) {
    residentIdMasked
    departments {
      department displayName
      records(first: 20) { totalCount edges { node { __typename recordType recordId } } }
    }
  }
}
`;

const DEFAULT_HEADERS = JSON.stringify(
  { authorization: 'Bearer <token>', 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': '' },
  null,
  2,
);

/** The development token picker: a bar above the explorer that asks /dev/token and fills the headers. */
function pickerBar(departments: readonly string[], roles: readonly string[]): string {
  const options = (values: readonly string[]) => values.map((v) => `<option>${v}</option>`).join('');
  return `<form id="hub-token-picker" style="font:13px sans-serif;padding:4px 8px;background:#fff7e6;border-bottom:1px solid #ddd">
  <b>开发令牌 development token</b>
  <label>body <select name="department">${options(departments)}</select></label>
  <label>role <select name="role">${options(roles)}</select></label>
  <label>user <input name="user" value="开发者" size="10"></label>
  <button type="submit">Get token and set headers</button>
</form>
<script>
document.getElementById('hub-token-picker').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const res = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Object.fromEntries(form)) });
  const { token } = await res.json();
  const headers = { authorization: 'Bearer ' + token, 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': '' };
  localStorage.setItem('graphiql:headers', JSON.stringify(headers, null, 2));
  sessionStorage.setItem('hub:headers', JSON.stringify(headers, null, 2));
  location.reload();
});
</script>`;
}

export interface ExplorerOptions {
  /** Bodies and roles for the development token picker; no picker when absent (production). */
  picker?: { departments: readonly string[]; roles: readonly string[] };
}

export function explorerPage(options: ExplorerOptions): string {
  return ruruHTML({
    endpoint: '/graphql',
    staticPath: EXPLORER_STATIC_PATH,
    clientConfig: {
      initialQuery: EXAMPLE_OPERATIONS,
      defaultQuery: EXAMPLE_OPERATIONS,
      initialHeaders: DEFAULT_HEADERS,
      defaultHeaders: DEFAULT_HEADERS,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
    },
    htmlParts: {
      titleTag: '<title>mediation-hub explorer · 数据枢纽接口浏览</title>',
      // A token picked in this tab wins over the headers GraphiQL kept from before.
      configScript: (base: string) =>
        `${base}<script>{const h=sessionStorage.getItem('hub:headers');if(h){RURU_CONFIG.initialHeaders=h;}}</script>`,
      bodyContent: (base: string) =>
        (options.picker ? pickerBar(options.picker.departments, options.picker.roles) : '') +
        base.replace('height: 100vh', 'height: calc(100vh - 32px)'),
    },
  });
}

/** Whether a GET /graphql comes from a browser asking for a page rather than a GraphQL request. */
export function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET' || url.search !== '') return false;
  const accept = req.headers.accept ?? '';
  return accept.split(',').some((part) => part.trim().toLowerCase().startsWith('text/html'));
}

export function sendExplorerPage(res: ServerResponse, options: ExplorerOptions): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(explorerPage(options));
}

/** Serves one of the explorer's assets; false when the path names none. */
export function sendExplorerAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const name = url.pathname.slice(EXPLORER_STATIC_PATH.length);
  const type = ASSET_TYPES[name.slice(name.lastIndexOf('.') + 1)];
  const files = bundledFiles();
  if (!type || !Object.prototype.hasOwnProperty.call(files, name)) return false;
  const file = files[name];
  const headers: Record<string, string> = {
    'content-type': type,
    etag: file.etag,
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  const brotli = /\bbr\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  const content = brotli ? file.buffer : brotliDecompressSync(file.buffer);
  res.writeHead(200, {
    ...headers,
    ...(brotli ? { 'content-encoding': 'br' } : {}),
    'content-length': String(content.length),
  });
  res.end(content);
  return true;
}
