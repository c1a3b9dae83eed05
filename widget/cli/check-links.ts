// `wijzer links`: which links in a rules file do not answer. Meant for a staff machine with internet;
// the widget itself never makes these requests.
import type { RulesFile } from '../engine/index.ts';

export interface LinkReport {
  checked: number;
  broken: { path: string; url: string; problem: string }[];
}

/** Every https link in the file with its JSONPath. */
export function linksOf(file: RulesFile): { path: string; url: string }[] {
  const out: { path: string; url: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && v.startsWith('https://')) out.push({ path, url: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(file, '$');
  return out;
}

async function probe(url: string, timeout: number): Promise<string | null> {
  try {
    // HEAD first; some servers refuse it, so a 405/501 is retried with GET.
    let res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeout) });
    if (res.status === 405 || res.status === 501)
      res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeout) });
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (e) {
    return e instanceof Error && e.name === 'TimeoutError' ? `geen antwoord binnen ${timeout} ms` : 'niet bereikbaar';
  }
}

export async function checkLinks(file: RulesFile, timeout: number): Promise<LinkReport> {
  const links = linksOf(file);
  const unique = [...new Set(links.map((l) => l.url))];
  const problems = new Map(await Promise.all(unique.map(async (u) => [u, await probe(u, timeout)] as const)));
  const broken = links.flatMap((l) => {
    const problem = problems.get(l.url);
    return problem ? [{ ...l, problem }] : [];
  });
  return { checked: unique.length, broken };
}
