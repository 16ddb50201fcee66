// Consumer test (b) of scripts/consumer-embed.mjs: a plain HTML page with the standalone
// `<checkout-editor>` from the packed tarball, on a strict CSP, against the reference server;
// driven in Chromium by the accessible names of widget.md, once with a hostile page stylesheet
// that must change nothing inside the shadow root.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { elementPageHtml, pageCss } from '../test/package/elementPage.mjs';

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Serves the page, its CSS, the standalone file, and /api proxied to the reference server. */
export function servePlainPage({ standaloneFile, apiUrl, session, port }) {
  const standalone = readFileSync(standaloneFile);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Security-Policy', csp);
    if (url.pathname.startsWith('/api/')) {
      const body = ['GET', 'HEAD'].includes(req.method ?? 'GET')
        ? undefined
        : await new Promise((done) => {
            const parts = [];
            req.on('data', (p) => parts.push(p));
            req.on('end', () => done(Buffer.concat(parts)));
          });
      const headers = { ...req.headers };
      delete headers.host;
      delete headers['content-length'];
      const answer = await fetch(`${apiUrl}${url.pathname.slice(4)}${url.search}`, {
        method: req.method,
        headers,
        body,
      });
      res.writeHead(answer.status, {
        'Content-Type': answer.headers.get('content-type') ?? 'application/json',
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const files = {
      '/': ['text/html', elementPageHtml({ ...session, hostile: false })],
      '/hostile.html': ['text/html', elementPageHtml({ ...session, hostile: true })],
      '/page.css': ['text/css', pageCss(false)],
      '/page-hostile.css': ['text/css', pageCss(true)],
      '/checkout-editor.standalone.js': ['text/javascript', standalone],
    };
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = files[url.pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${file[0]}; charset=utf-8` });
    res.end(file[1]);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${port}`, server })),
  );
}

/** What the inside of the widget looks like: geometry and type of the parts a shopper uses. */
async function layout(page) {
  const parts = {
    save: page.getByRole('button', { name: 'Save changes' }),
    quantity: page.getByRole('spinbutton', { name: 'Quantity' }),
    increase: page.getByRole('button', { name: 'Increase quantity' }),
    plans: page.getByRole('radiogroup', { name: 'Plan' }),
  };
  const out = {};
  for (const [name, locator] of Object.entries(parts)) {
    out[name] = await locator.evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        fontSize: s.fontSize,
        display: s.display,
        padding: s.padding,
        border: s.borderTopWidth,
        width: Math.round(r.width),
        height: Math.round(r.height),
      };
    });
  }
  return out;
}

/**
 * Runs the element checks in `browser` against the page at `origin`; throws on the first failure.
 * @param {{ browser: import('@playwright/test').Browser, origin: string, step: (s: string) => void }} options
 */
export async function checkElementPage({ browser, origin, step }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const errors = [];
    const watch = async (page) => {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    };
    const page = await context.newPage();
    await watch(page);
    await page.goto(origin);
    const form = page.getByRole('form', { name: 'Edit checkout' });
    await form.waitFor({ timeout: 20_000 });
    const summary = page.getByRole('region', { name: 'Price summary' });
    await summary.getByText('Total').first().waitFor();
    const normal = await layout(page);
    // Theming from outside: the page's --ce-accent reaches "Save changes" (an outlined button:
    // the accent is its text and border colour).
    const accent = await page
      .getByRole('button', { name: 'Save changes' })
      .evaluate((el) => getComputedStyle(el).color);
    if (accent !== 'rgb(0, 100, 0)')
      throw new Error(`--ce-accent from the page not applied: ${accent}`);

    step('element: edit the quantity, see the price, save');
    const quantity = page.getByRole('spinbutton', { name: 'Quantity' });
    const before = await summary.textContent();
    await page.getByRole('button', { name: 'Increase quantity' }).click();
    if ((await quantity.inputValue()) !== '6') throw new Error('quantity did not step to 6');
    const deadline = Date.now() + 10_000;
    while ((await summary.textContent()) === before) {
      if (Date.now() > deadline) throw new Error('the price summary did not change');
      await page.waitForTimeout(100);
    }
    const updated = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener('checkout-editor:updated', (e) => resolve(e.detail.session), {
            once: true,
          }),
        ),
    );
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'saved' }).waitFor({ timeout: 10_000 });
    const saved = await updated;
    if (saved.contract.quantity !== 6) throw new Error(`saved quantity ${saved.contract.quantity}`);

    step('element: a hostile page stylesheet changes nothing inside');
    const hostile = await context.newPage();
    await watch(hostile);
    await hostile.goto(`${origin}/hostile.html`);
    await hostile.getByRole('form', { name: 'Edit checkout' }).waitFor({ timeout: 20_000 });
    const attacked = await layout(hostile);
    if (JSON.stringify(attacked) !== JSON.stringify(normal)) {
      throw new Error(
        `the page's stylesheet reached inside:\n${JSON.stringify(normal)}\n${JSON.stringify(attacked)}`,
      );
    }
    // The page's own elements did take the rule (so the test can fail).
    const h1Parent = await hostile.locator('.cart').evaluate((el) => getComputedStyle(el).fontSize);
    if (h1Parent !== '40px') throw new Error('the hostile stylesheet did not apply to the page');

    step('element: removal unmounts; lang switches the words');
    await hostile.evaluate(() =>
      document.querySelector('checkout-editor')?.setAttribute('lang', 'de'),
    );
    await hostile
      .getByRole('form', { name: 'Checkout bearbeiten' })
      .waitFor({ timeout: 5_000 })
      .catch(async () => {
        // The German form name may differ: the save button is enough to see the switch.
        await hostile
          .getByRole('button', { name: 'Änderungen speichern' })
          .waitFor({ timeout: 5_000 });
      });
    const left = await hostile.evaluate(() => {
      const el = document.querySelector('checkout-editor');
      el?.remove();
      return new Promise((resolve) =>
        setTimeout(() => resolve(el?.shadowRoot?.textContent ?? null), 50),
      );
    });
    if (left !== '') throw new Error(`the element did not unmount: ${left}`);
    if (errors.length > 0) throw new Error(`browser errors:\n${errors.join('\n')}`);
  } finally {
    await context.close();
  }
}
