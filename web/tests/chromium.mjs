// Headless Chromium (Debian's /usr/bin/chromium) through playwright-core, for the browser
// checks and the budgets: a fresh profile per browser, and a count of WebGL draw calls (a
// frame that draws makes at least one) with the times of the first and the last.

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
        window.__lastDraw = performance.now();
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

/**
 * Waits until the window has drawn more than `since` frames' worth of draw calls and then drawn
 * nothing for two quiet spells in a row. A slow machine can take a while to draw the frame an
 * input asks for, so one quiet spell right after the input is no proof that it has been drawn.
 */
export async function settle(page, since = 0) {
  await page.waitForFunction((since) => window.__draws > since, since, { timeout: 30000 });
  let before = -1;
  let quiet = 0;
  for (let tries = 0; tries < 60; tries += 1) {
    const draws = await page.evaluate(() => window.__draws);
    quiet = draws === before ? quiet + 1 : 0;
    if (quiet === 2) return;
    before = draws;
    await page.waitForTimeout(250);
  }
  throw new Error('the window never stops drawing');
}

/** Clicks at `point` and waits until the window has drawn what the click changed. */
export async function clickAndSettle(page, point) {
  const before = await page.evaluate(() => window.__draws);
  await page.mouse.click(point.x, point.y);
  await settle(page, before);
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
