// A static server on 127.0.0.1 (random port) for the browser tests and the bench: serves the repo's dist/,
// demo/, rules/ and locales/, and the style sheets of widget/styles/ (demo/demo-theme.css imports the widget's
// fallback tokens), sets a CSP header per path, and records every request so tests can prove that nothing else
// was asked for. Anything else is a 404.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(process.cwd());
const SERVED = ['dist', 'demo', 'rules', 'locales'];
/** Single files outside those folders, by their path from the root with `/`. */
const SERVED_FILES = /^widget\/styles\/[\w-]+\.css$/;
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

/** The strict policy of the CSP demo page (docs/stack.md §3): no inline script, no inline style. */
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
  /** Generated files, by URL path (the bench's rules files, its engine and start-up pages); typed by their extension. */
  files?: Record<string, string>;
  /** Serve another checkout's dist/, demo/, … (the bench compares two builds); default the current folder. */
  root?: string;
  /** Send the build's .gz file instead when the browser accepts gzip, as a web server with gzip_static does. */
  gzip?: boolean;
}

function fileFor(req: IncomingMessage, root: string): string | null {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  const inside = file.slice(root.length + 1).split(sep);
  const served = SERVED.includes(inside[0] ?? '') || SERVED_FILES.test(inside.join('/'));
  return file.startsWith(root + sep) && served ? file : null;
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
    const file = fileFor(req, options.root ? resolve(options.root) : ROOT);
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
    const gzipped = options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'])) ? `${file}.gz` : null;
    if (gzipped && (await stat(gzipped).catch(() => null))?.isFile()) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(await readFile(gzipped));
      return;
    }
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
