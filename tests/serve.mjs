// A tiny static server for the built app (../dist), for the browser tests.
// No dependencies: `node serve.mjs` (PORT from the environment, default 8090;
// PORT=0 picks a free one, and the line "Serving ... at ..." names it).
// DIST serves another folder instead of ../dist (a test's own copy of the app).
// Binds to 127.0.0.1 unless HOST says otherwise (`make serve ADDRESS=0.0.0.0`). Every answer is `Cache-Control: no-store`, so a
// rebuilt app is never mixed with an old cached one.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = process.env.HOST || '127.0.0.1';
const PORT = process.env.PORT?.trim() === '0' ? 0 : Number.parseInt(process.env.PORT ?? '', 10) || 8090;
const ROOT = process.env.DIST
  ? path.resolve(process.env.DIST)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

function send(res, status, text, head = false) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

function inRoot(file, root = ROOT) {
  return file === root || file.startsWith(root + path.sep);
}

/** The file under ROOT that `urlPath` names, or null if it would escape ROOT. */
function resolveInRoot(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Any "..", even one that would stay inside ROOT, is refused outright.
  if (decoded.split('/').includes('..')) return null;
  const file = path.resolve(ROOT, '.' + decoded);
  return inRoot(file) ? file : null;
}

const server = createServer(async (req, res) => {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed\n');
  }
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return send(res, 400, 'Bad request\n', head);
  }
  // `new URL` already folds a literal "/../"; "%2e%2e" and friends are only
  // decoded (and refused) by resolveInRoot.
  let file = resolveInRoot(pathname);
  if (file === null) return send(res, 403, 'Forbidden\n', head);
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return send(res, 404, 'Not found\n', head);
    // A symbolic link must not lead out of dist either (dist itself may be one).
    if (!inRoot(await realpath(file), await realpath(ROOT))) return send(res, 403, 'Forbidden\n', head);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (head) return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    send(res, 404, 'Not found\n', head);
  }
});

server.on('clientError', (_err, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

server.listen(PORT, HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : PORT;
  console.log(`Serving ${ROOT} at http://${HOST}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
