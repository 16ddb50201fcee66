// Browser half of the bench, in Debian's Chromium on the production build of the demo (built to
// a temp dir, served by `vite preview` in a child process with /api proxied to the reference
// server that the HTTP half started). Measures what a shopper feels.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { createSessions } from './http.mjs';
import { serveDemo, writeServerData } from './lib/demoPages.mjs';
import { stopProcess } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';

const usd = (cents) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** Polls (every animation frame) until the quantity field is editable; returns ms since navigation start. */
const editorInteractive = (page) =>
  page
    .waitForFunction(
      () => {
        const form = document.querySelector(
          'form[aria-label="Edit checkout"], form[aria-labelledby]',
        );
        if (!form || form.getAttribute('aria-busy') === 'true') return false;
        const quantity = [...form.querySelectorAll('input')].find(
          (input) =>
            input.getAttribute('aria-label') === 'Quantity' ||
            [...(input.labels ?? [])].some((l) => l.textContent.trim().startsWith('Quantity')),
        );
        return quantity && !quantity.disabled && !quantity.readOnly ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue());

export async function benchBrowser({ root, server, secretKey, navigations = 5, bursts = 5 }) {
  const demo = await serveDemo(root, server.port);
  const probe = readFileSync(join(root, 'bench/lib/pageProbe.js'), 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const [session] = await createSessions(server.origin, secretKey, 1, {
      plan_id: 'team',
      quantity: 5,
      currency: 'USD',
    });
    const query = `?session_id=${session.id}&client_secret=${session.client_secret}&locale=en-US`;
    await writeServerData(demo.outDir, server.origin, secretKey, session.id);
    const url = `${demo.origin}/${query}`;
    const guard = async (context) => {
      // Only the demo's origin (and through it the API on 127.0.0.1) may be reached.
      await context.route(
        (u) => u.origin !== demo.origin,
        (route) => route.abort(),
      );
      await context.addInitScript({ content: probe });
    };

    // Navigation → interactive editor, cold cache: a fresh context per load; the first load
    // (browser start-up, disk cache of Chromium itself) is discarded. Each load of the demo is
    // followed by one of the React floor (same session, same server), so a noisy spell of the
    // machine hits both.
    const coldLoad = async (pageUrl) => {
      const context = await browser.newContext();
      await guard(context);
      const page = await context.newPage();
      await page.goto(pageUrl, { waitUntil: 'commit' });
      const ms = await editorInteractive(page);
      // Where the load time went: the page's own scripts, then the API calls the editor waits on.
      const parts = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        const resources = performance.getEntriesByType('resource');
        const api = resources.filter((e) => e.name.includes('/api/'));
        const scripts = resources.filter(
          (e) => e.initiatorType === 'script' || /\.js$/.test(e.name),
        );
        return {
          scriptsLoaded: scripts.length > 0 ? Math.max(...scripts.map((e) => e.responseEnd)) : null,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
          firstApiRequest: api.length > 0 ? Math.min(...api.map((e) => e.startTime)) : null,
          lastApiResponse: api.length > 0 ? Math.max(...api.map((e) => e.responseEnd)) : null,
        };
      });
      await context.close();
      return { ms, parts };
    };
    const loads = [];
    const loadParts = [];
    const floorLoads = [];
    const seededLoads = [];
    for (let i = 0; i <= navigations; i++) {
      const demoLoad = await coldLoad(url);
      const floorLoad = await coldLoad(`${demo.origin}/floor/${query}`);
      const seededLoad = await coldLoad(`${demo.origin}/server-data/${query}`);
      if (i === 0) continue;
      loads.push(demoLoad.ms);
      loadParts.push(demoLoad.parts);
      floorLoads.push(floorLoad.ms);
      seededLoads.push(seededLoad);
    }

    // Typing bursts in the quantity field, on one page.
    const context = await browser.newContext();
    await guard(context);
    const page = await context.newPage();
    const summaryRequests = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().includes('/checkout_session/summary')) {
        summaryRequests.push(Date.now());
      }
    });
    await page.goto(url);
    await editorInteractive(page);
    const quantity = page.getByRole('spinbutton', { name: 'Quantity' });
    const region = await page.getByRole('region', { name: 'Price summary' }).elementHandle();
    // Let the initial load settle (first summary, if any, and its commits).
    await page.waitForTimeout(800);

    // Quantities whose totals ($12.00 per seat) appear nowhere else on the page.
    const values = ['12', '37', '143', '26', '419', '58', '261'].slice(0, bursts);
    const results = [];
    for (const value of values) {
      const before = await page.evaluate(() => ({
        commits: window.__bench.commits.length,
        keys: window.__bench.keys.length,
      }));
      const requestsBefore = summaryRequests.length;
      await page.evaluate(
        ([el, text]) => window.__bench.expect(el, text),
        [region, usd(Number(value) * 1200)],
      );
      await quantity.click();
      await quantity.press('ControlOrMeta+a');
      // ~15 characters per second: a quick typist, well inside the debounce between keys.
      await quantity.pressSequentially(value, { delay: 70 });
      await page.waitForFunction(() => window.__bench.targetShownAt !== null, undefined, {
        timeout: 10_000,
      });
      // Anything a late timer would still send shows up in this window.
      await page.waitForTimeout(700);
      const r = await page.evaluate(
        ([b]) => {
          const bench = window.__bench;
          const keys = bench.keys.slice(b.keys);
          const lastKey = keys[keys.length - 1];
          const summaries = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/checkout_session/summary') && e.startTime >= keys[0]);
          const firstAfterLast = summaries.find((e) => e.startTime >= lastKey);
          // Commits caused by each keystroke: from it to the next one (the last one: the same
          // spacing, but never past the debounced request, whose commits belong to the preview).
          const commits = bench.commits.slice(b.commits);
          const spacing = keys.length > 1 ? (lastKey - keys[0]) / (keys.length - 1) : 70;
          const lastEnd = Math.min(lastKey + spacing, firstAfterLast?.startTime ?? Infinity);
          const perKey = keys.map((k, i) => {
            const end = i + 1 < keys.length ? keys[i + 1] : lastEnd;
            return commits.filter((t) => t >= k && t < end).length;
          });
          return {
            keystrokes: keys.length,
            keyToPrice: bench.targetShownAt - lastKey,
            keyToRequest: firstAfterLast ? firstAfterLast.startTime - lastKey : null,
            requestMs: firstAfterLast
              ? firstAfterLast.responseEnd - firstAfterLast.startTime
              : null,
            responseToPrice: firstAfterLast
              ? bench.targetShownAt - firstAfterLast.responseEnd
              : null,
            typingCommits: perKey.reduce((a, c) => a + c, 0),
            perKey,
            burstCommits: commits.filter((t) => t >= keys[0]).length,
          };
        },
        [before],
      );
      results.push({ ...r, summaryRequests: summaryRequests.length - requestsBefore });
    }
    await context.close();

    const pick = (k) => results.map((r) => r[k]).filter((x) => x !== null);
    return {
      demoBuildMs: demo.buildMs,
      navigationToInteractive: {
        median: median(loads),
        max: Math.max(...loads),
        runs: loads,
        scriptsLoaded: median(loadParts.map((p) => p.scriptsLoaded)),
        domContentLoaded: median(loadParts.map((p) => p.domContentLoaded)),
        firstApiRequest: median(loadParts.map((p) => p.firstApiRequest)),
        lastApiResponse: median(loadParts.map((p) => p.lastApiResponse)),
        floor: { median: median(floorLoads), max: Math.max(...floorLoads), runs: floorLoads },
        serverData: {
          median: median(seededLoads.map((l) => l.ms)),
          max: Math.max(...seededLoads.map((l) => l.ms)),
          runs: seededLoads.map((l) => l.ms),
          // Must stay null: the editor makes no API request before it is editable.
          firstApiRequest: median(seededLoads.map((l) => l.parts.firstApiRequest ?? -1)),
        },
      },
      keyToPrice: { median: median(pick('keyToPrice')), max: Math.max(...pick('keyToPrice')) },
      keyToRequest: median(pick('keyToRequest')),
      requestMs: median(pick('requestMs')),
      responseToPrice: median(pick('responseToPrice')),
      summaryRequestsPerBurst: {
        mean: pick('summaryRequests').reduce((a, b) => a + b, 0) / results.length,
        max: Math.max(...pick('summaryRequests')),
      },
      commitsPerKeystroke:
        results.reduce((a, r) => a + r.typingCommits, 0) /
        results.reduce((a, r) => a + r.keystrokes, 0),
      commitsPerBurst: median(pick('burstCommits')),
      bursts: results,
    };
  } finally {
    await browser.close();
    await stopProcess(demo.preview);
    rmSync(demo.outDir, { recursive: true, force: true });
  }
}
