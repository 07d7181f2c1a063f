/**
 * A static file server on 127.0.0.1 for e2e tests and the demo: serves the project's fixture pages
 * and the shared real pages. Every request is recorded so tests can assert nothing unexpected
 * was fetched.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const MOUNTS: Record<string, string> = {
  '/fixtures/': join(ROOT, 'tests/fixtures'),
  '/demo/': join(ROOT, 'tests/fixtures/demo'),
  '/real/': resolve(ROOT, '../shared/pages'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

async function resolvePath(pathname: string): Promise<string | undefined> {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) return join(file, 'index.html');
    return info ? file : undefined;
  }
  return undefined;
}

export async function startServer(port = 0): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on every page; answering keeps a 404 out of the console-error checks.
      response.writeHead(204).end();
      return;
    }
    const file = await resolvePath(url.pathname);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file!)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
