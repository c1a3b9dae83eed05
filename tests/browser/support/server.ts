// A static server on 127.0.0.1 (random port) for the browser tests and the bench: serves the repo's dist/,
// demo/, rules/ and locales/, sets a CSP header per path, and records every request so tests can prove that
// nothing else was asked for. Anything outside those folders is a 404.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(process.cwd());
const SERVED = ['dist', 'demo', 'rules', 'locales'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The strict policy of the CSP demo page (stack-probe.md 3): no inline script, no inline style. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'";

export interface RecordedRequest {
  method: string;
  url: string;
  host: string | undefined;
}

export interface StaticServer {
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** CSP header per URL path (exact match); defaults give demo/csp.html the strict policy. */
  csp?: Record<string, string>;
  /** Extra headers on every response (e.g. COOP/COEP for fine timers in the bench). */
  headers?: Record<string, string>;
  /** Generated files, by URL path (the bench's rules files, its engine page); typed by their extension. */
  files?: Record<string, string>;
}

function fileFor(req: IncomingMessage): string | null {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
  const top = file.slice(ROOT.length + 1).split(sep)[0] ?? '';
  return file.startsWith(ROOT + sep) && SERVED.includes(top) ? file : null;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const csp: Record<string, string> = { '/demo/csp.html': STRICT_CSP, ...options.csp };
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '', host: req.headers.host });
    const generatedPath = new URL(req.url ?? '/', 'http://x').pathname;
    const generated = options.files?.[generatedPath];
    if (generated !== undefined) {
      const type = TYPES[extname(generatedPath)] ?? (TYPES['.json'] as string);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(generated);
      return;
    }
    const file = fileFor(req);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headers,
    };
    const policy = csp[path];
    if (policy) headers['content-security-policy'] = policy;
    res.writeHead(200, headers).end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
