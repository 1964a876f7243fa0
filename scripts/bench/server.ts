// A static file server for the built site on a free local port, compressing
// text as any static host does (gzip), so that bytes per query are the bytes
// a reader would download. Hand-written on node:http: the search benchmark
// needs only GET of files and directory indexes, and must count what it sends.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm))|\+xml$/;

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const file = path.join(root, path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, path.posix.join(urlPath, 'index.html'));
  return info?.isFile() ? file : undefined;
}

export async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(path.resolve(root), url.pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = lookup(file) ?? 'application/octet-stream';
    let body = await readFile(file);
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench: the static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
