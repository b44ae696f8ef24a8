import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The centre's web console (综治中心工作台, console/) as built by `npm run console:build`
 * into console/dist, served at /console. Paths without a file are the app's own routes and get
 * its index.html; hashed assets are cached for a year, the page never.
 */
export const CONSOLE_PATH = '/console';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function defaultConsoleDir(): string {
  // dist/src/server → the project root; src/server when run by ts-jest.
  for (const up of ['../../..', '../..']) {
    const dir = path.resolve(__dirname, up, 'console', 'dist');
    if (fs.existsSync(path.join(dir, 'index.html'))) return dir;
  }
  return path.resolve(__dirname, '../../..', 'console', 'dist');
}

export function isConsolePath(pathname: string): boolean {
  return pathname === CONSOLE_PATH || pathname.startsWith(`${CONSOLE_PATH}/`);
}

export function sendConsoleFile(res: ServerResponse, req: IncomingMessage, url: URL, dir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return void res.end();
  }
  if (url.pathname === CONSOLE_PATH) {
    res.writeHead(308, { location: `${CONSOLE_PATH}/` });
    return void res.end();
  }
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('The console is not built: run `npm run console:build` (npm install does it).');
  }
  const relative = decodeURIComponent(url.pathname.slice(CONSOLE_PATH.length + 1));
  let file = path.resolve(dir, relative);
  // Nothing outside the build output, and no dot-files.
  if (
    !file.startsWith(dir + path.sep) ||
    relative.split('/').some((part) => part.startsWith('.')) ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    file = index;
  }
  const isIndex = file === index;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file).pipe(res);
}
