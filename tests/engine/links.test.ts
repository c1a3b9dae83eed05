// `wijzer links` against a local https server on 127.0.0.1: a link that answers 200 passes, a 404 is
// reported with its place in the file. The rules file only allows https links, so the test makes a
// throw-away certificate for 127.0.0.1 and lets the CLI trust it through NODE_EXTRA_CA_CERTS.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TESTS } from '../support/test-tier.ts';
import { wijzerProcess } from '../support/wijzer.ts';

const dir = mkdtempSync(join(tmpdir(), 'wijzer-links-'));
const cert = join(dir, 'cert.pem');
const key = join(dir, 'key.pem');
let server: Server;
let origin = '';
const seen: string[] = [];

beforeAll(async () => {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl is needed for this test: ${made.stderr}`);
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/goed') res.writeHead(200).end('ok');
    else if (req.url === '/alleen-get') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else res.writeHead(404).end('weg');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** A copy of the voorbeeldgemeente rules whose links all point at the local server (so no request leaves this machine). */
function rulesCopy(): string {
  const text = readFileSync('rules/voorbeeldgemeente.json', 'utf8').replace(/https:\/\/[^"\s]+/g, `${origin}/goed`);
  const file = JSON.parse(text);
  file.regelingen[0].sources[0].url = `${origin}/weg`;
  file.regelingen[1].applyUrl = `${origin}/alleen-get`;
  const path = join(dir, 'regels.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** The real command: only a new process reads NODE_EXTRA_CA_CERTS, so this suite cannot run it in-process. */
const wijzer = (...args: string[]) => wijzerProcess(args, { ...process.env, NODE_EXTRA_CA_CERTS: cert });

describe('wijzer links', () => {
  it('reports the link that gives 404 with its place, and passes the ones that answer', async () => {
    const r = await wijzer('links', '--rules', rulesCopy(), '--timeout', '5000');
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.checked).toBe(3); // /goed, /weg and /alleen-get: each address is asked once
    expect(out.broken).toEqual([{ path: '$.regelingen[0].sources[0].url', url: `${origin}/weg`, problem: 'HTTP 404' }]);
    expect(r.stderr).toContain(`$.regelingen[0].sources[0].url: ${origin}/weg: HTTP 404`);
  });

  it('retries a refused HEAD with GET', () => {
    expect(seen).toContain('HEAD /alleen-get');
    expect(seen).toContain('GET /alleen-get');
  });

  // A Node start each: test:all only (tests/support/test-tier.ts); the case above runs in both tiers.
  it.runIf(ALL_TESTS)('exits 0 when every link answers', async () => {
    const file = JSON.parse(readFileSync(rulesCopy(), 'utf8'));
    file.regelingen[0].sources[0].url = `${origin}/goed`;
    const path = join(dir, 'goed.json');
    writeFileSync(path, JSON.stringify(file));
    const r = await wijzer('links', '--rules', path);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).broken).toEqual([]);
  });

  it.runIf(ALL_TESTS)('names a server that does not answer at all', async () => {
    const file = JSON.parse(readFileSync(rulesCopy(), 'utf8'));
    file.regelingen[0].sources[0].url = 'https://127.0.0.1:1/dicht';
    const path = join(dir, 'dicht.json');
    writeFileSync(path, JSON.stringify(file));
    const out = JSON.parse((await wijzer('links', '--rules', path, '--timeout', '3000')).stdout);
    expect(out.broken).toEqual([
      { path: '$.regelingen[0].sources[0].url', url: 'https://127.0.0.1:1/dicht', problem: 'niet bereikbaar' },
    ]);
  });
});
