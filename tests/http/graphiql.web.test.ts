// The GraphiQL IDE in Chromium: it opens with the example operations, runs one, shows the
// result, and has its doc explorer and history, all without a request leaving the machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/http/graphiql.ts';
import { chromiumAvailable, launchChromium, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe.runIf(chromiumAvailable())('GraphiQL in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ide: WatchedPage;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    ide = await openPage(browser, new URL(server.url).origin);
    await ide.page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with one tab per example operation', async () => {
    const tabs = ide.page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(EXAMPLE_OPERATIONS);
    // Monaco has drawn the first example.
    await ide.page.locator('.graphiql-query-editor').getByText('WhoSaidWhatAbout').first().waitFor();
    await screenshot(ide.page, 'graphiql-examples');
  });

  it('runs the first example and shows who said what about Kadyrov in the result pane', async () => {
    const { page } = ide;
    const response = page.waitForResponse((r) => r.url() === server.url && r.request().method() === 'POST' && r.request().postData()?.includes('WhoSaidWhatAbout') === true);
    await page.locator('.graphiql-execute-button').click();
    expect((await response).status()).toBe(200);

    const result = page.locator('.graphiql-response');
    await result.getByText('Ramzan Kadyrov').first().waitFor();
    const text = (await result.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('"person": {');
    expect(text).toContain('"name": "Ramzan Kadyrov"');
    expect(text).toContain('"statementsAbout": {');
    expect(text).not.toContain('"errors"');
    await screenshot(page, 'graphiql-result');
  });

  it('has the documentation explorer and the history of the query just run', async () => {
    const { page } = ide;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('statements', { exact: true }).first().waitFor();
    await screenshot(page, 'graphiql-docs');

    await page.getByRole('button', { name: 'Show History' }).click();
    await page.locator('.graphiql-history').getByText('WhoSaidWhatAbout').waitFor();
    await screenshot(page, 'graphiql-history');
  });

  it('asked nothing of another host, and nothing failed', () => {
    expect(ide.foreignRequests).toEqual([]);
    expect(ide.problems).toEqual([]);
  });
});
