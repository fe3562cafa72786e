// Headless Chromium (Debian's /usr/bin/chromium) through playwright-core, for the browser
// checks and the budgets: a fresh profile per browser, and a count of WebGL draw calls (a
// frame that draws makes at least one) with the time of the first.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

// Chromium on a machine with no network and no GPU.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

// Counts WebGL draw calls (a frame that draws makes at least one) and notes when the first
// came, before the page's own scripts run.
const COUNT_DRAWS = `
  window.__draws = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function (...args) {
        if (window.__draws === 0) window.__firstDraw = performance.now();
        window.__draws += 1;
        return original.apply(this, args);
      };
    }
  }`;

/** A browser with a fresh profile of its own; `locale` is the language it asks pages for. */
export async function browser({ locale = 'en-US', width = 1280, height = 800 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skenario-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width, height },
  });
  await context.addInitScript(COUNT_DRAWS);
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Opens `url` in a new tab and waits until the window has drawn and settled. */
export async function open(context, url, problems = []) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed to load ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:') && !request.url().startsWith('blob:')) {
      problems.push(`asked another host: ${request.url()}`);
    }
  });
  await page.goto(url);
  await settle(page);
  return page;
}

/** Waits until the window has drawn and then drawn nothing for a while. */
export async function settle(page) {
  await page.waitForFunction(() => window.__draws > 0, null, { timeout: 30000 });
  let before = -1;
  for (let tries = 0; tries < 50; tries += 1) {
    const draws = await page.evaluate(() => window.__draws);
    if (draws === before) return;
    before = draws;
    await page.waitForTimeout(300);
  }
  throw new Error('the window never stops drawing');
}

/** Runs `body` with the context of a fresh browser (see `browser`), closing it afterwards. */
export async function withBrowser(options, body) {
  const { context, close } = await browser(options);
  try {
    return await body(context);
  } finally {
    await close();
  }
}
