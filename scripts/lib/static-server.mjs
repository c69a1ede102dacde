import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Serves a built site from `root` on loopback, as a static host would (index.html for folders, 404.html when
 * missing). `mounts` serves some path prefixes from other folders instead, e.g. { '/pagefind/': otherBundle },
 * which lets two servers differ in their search index alone. Resolves once listening.
 */
export async function serveStatic(root, { port = 0, mounts = {} } = {}) {
  const locate = (pathname) => {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) return join(dir, pathname.slice(prefix.length));
    }
    return join(root, pathname);
  };
  const server = createServer(async (request, response) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let file = locate(pathname);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      response.end(await readFile(join(root, '404.html')).catch(() => ''));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${address.port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
