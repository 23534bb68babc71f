import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Quiet, offline, reproducible: nothing phones home, every run starts from a fresh profile. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FirstScreenRun {
  /** From navigation start to the first chart drawn (the burn-up's recharts surface). */
  chartsVisibleMs: number;
  /** Every API request the page made before the charts, by start time. */
  api: { procedures: string; startMs: number; endMs: number }[];
  /** Bytes on the wire (compressed) of the scripts and styles the page loaded before the charts. */
  scriptBytes: number;
  /** Each script and style before the charts: when it started and when its last byte came. */
  assets: { path: string; startMs: number; endMs: number; bytes: number }[];
  /** When the HTML's last byte came (responseEnd of the navigation). */
  htmlMs: number;
  /** Main-thread time until just after the charts (Chromium's TaskDuration, ScriptDuration). */
  mainThreadMs: { tasks: number; script: number };
}

/** What the page notes (watchForCharts) and what Resource Timing holds (no DOM types here). */
interface Seen {
  chartsAt?: number;
}
interface ResourceEntry {
  name: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
}

export interface FirstScreen {
  cpuSlowdown: number;
  runs: FirstScreenRun[];
  /** The median run's figures. */
  chartsVisibleMs: number;
}

/** The system Chromium (never a downloaded one): $CHROMIUM_PATH, else `chromium` on the PATH. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir || '.', 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error('Chromium is missing; install it with `sudo apt-get install -y chromium`');
}

// Runs in the page before any of its scripts: notes when the first chart appears. A string,
// not a function: tsx would wrap a function's inner names in a helper the page does not have.
const watchForCharts = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.recharts-surface')) {
      window.chartsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Opens the dashboard in a fresh headless Chromium (empty profile, cold cache) with a
 * signed-in session cookie, `runs` times, and reports when the charts became visible and
 * when each API request started and ended (Resource Timing, relative to navigation start).
 */
export async function measureFirstScreen(options: {
  url: string;
  cookie: { name: string; value: string };
  cpuSlowdown: number;
  runs: number;
}): Promise<FirstScreen> {
  const runs: FirstScreenRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await oneRun(options));
  const sorted = [...runs].sort((a, b) => a.chartsVisibleMs - b.chartsVisibleMs);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    cpuSlowdown: options.cpuSlowdown,
    runs,
    chartsVisibleMs: median?.chartsVisibleMs ?? Number.NaN,
  };
}

async function oneRun(options: {
  url: string;
  cookie: { name: string; value: string };
  cpuSlowdown: number;
}): Promise<FirstScreenRun> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cutover-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
    locale: 'en-US',
    viewport: { width: 1366, height: 900 },
  });
  try {
    await context.addCookies([{ ...options.cookie, url: options.url }]);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(watchForCharts);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    await page.goto(`${options.url}/#/`);
    await page.waitForFunction(() => (globalThis as unknown as Seen).chartsAt, null, {
      timeout: 60_000,
      polling: 50,
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) =>
      Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
    // Only anonymous functions in the page (see watchForCharts); the sums are done here.
    const seen = await page.evaluate(() => ({
      chartsAt: (globalThis as unknown as Seen).chartsAt ?? 0,
      htmlAt: (
        performance.getEntriesByType(
          // Node's types know no navigation entries; the page's performance has one.
          'navigation' as Parameters<typeof performance.getEntriesByType>[0],
        )[0] as unknown as ResourceEntry
      ).responseEnd,
      entries: (performance.getEntriesByType('resource') as unknown as ResourceEntry[]).map(
        (e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.transferSize,
        }),
      ),
    }));
    const before = seen.entries.filter((e) => e.start <= seen.chartsAt);
    const assets = before.filter((e) => /\.(js|css)$/.test(e.path));
    return {
      htmlMs: Math.round(seen.htmlAt),
      mainThreadMs: { tasks: metric('TaskDuration'), script: metric('ScriptDuration') },
      assets: assets.map((e) => ({
        path: e.path.replace('/assets/', ''),
        startMs: Math.round(e.start),
        endMs: Math.round(e.end),
        bytes: e.bytes,
      })),
      chartsVisibleMs: Math.round(seen.chartsAt),
      api: before
        .filter((e) => e.path.startsWith('/trpc/'))
        .map((e) => ({
          procedures: e.path.slice('/trpc/'.length),
          startMs: Math.round(e.start),
          endMs: Math.round(e.end),
        })),
      scriptBytes: assets.reduce((sum, e) => sum + e.bytes, 0),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Signs in over HTTP as the web client does and returns the session cookie. */
export async function signInCookie(url: string, login: string, password: string) {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cutover-client': 'web' },
    body: JSON.stringify({ json: { login, password } }),
  });
  if (!response.ok) throw new Error(`sign-in as ${login} answered ${response.status}`);
  const [pair] = (response.headers.get('set-cookie') ?? '').split(';');
  const [name, value] = (pair ?? '').split('=');
  if (!name || !value) throw new Error('sign-in set no session cookie');
  return { name: name.trim(), value: value.trim() };
}
