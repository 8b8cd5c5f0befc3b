// Debian's Chromium driven by playwright-core, kept on this machine: every request to
// another host is recorded and refused, so a test fails if the page or the IDE needs
// anything (a CDN script, a font, a telemetry call) that an offline network cannot give.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS_DIR = 'tests/.artifacts/screenshots';

/**
 * Whether the browser tests can run here. Outside CI a missing Chromium skips them with a
 * message; with CI=true it fails (.ci/run installs Chromium first).
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`Skipping browser tests: ${message}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any other origin than the server's (refused). */
  foreignRequests: string[];
  /** Same-origin requests that failed or were answered 4xx/5xx, and uncaught page errors. */
  problems: string[];
}

/** A fresh context (no stored IDE tabs or history) whose page may only talk to `origin`. */
export async function openPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url(), origin)) foreignRequests.push(request.url());
  });
  await context.route('**/*', (route) =>
    isLocal(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  context.on('requestfailed', (request) => {
    if (isLocal(request.url(), origin)) problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, foreignRequests, problems };
}

function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = `${SCREENSHOTS_DIR}/${name}.png`;
  await page.screenshot({ path, ...options });
  return path;
}
