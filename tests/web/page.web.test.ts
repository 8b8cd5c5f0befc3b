// The who-said-what page in Chromium: search "Kadyrov", see his statements with their
// words marked, read one in its article, open his page; nothing requested of another host.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface Statement {
  id: string;
  verb: string;
  text: string;
}

describe.runIf(chromiumAvailable())('the page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let web: WatchedPage;
  let origin: string;
  let kadyrov: { id: string; name: string; statements: Statement[]; sanctionAuthorities: string[] };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    origin = new URL(server.url).origin;
    web = await openPage(browser, origin);
    const { body } = await server.query(
      `{ person(name: "Kadyrov") { id name statements(first: 100) { nodes { id verb text } } sanctions(first: 100) { nodes { authority { name } } } } }`,
    );
    const { id, name, statements, sanctions } = body.data.person;
    kadyrov = { id, name, statements: statements.nodes, sanctionAuthorities: sanctions.nodes.map((s: { authority: { name: string } }) => s.authority.name) };
    expect(kadyrov.statements.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens at / with a search box', async () => {
    await web.page.goto(`${origin}/`);
    await web.page.getByRole('searchbox').waitFor();
    expect(await web.page.title()).toContain('whosaid');
    await screenshot(web.page, 'page-home');
  });

  it('searching "Kadyrov" shows him and his statements, each with its words marked', async () => {
    const { page } = web;
    await page.getByRole('searchbox').fill('Kadyrov');
    await page.getByRole('searchbox').press('Enter');
    await page.locator('.statements article.statement').first().waitFor();

    expect(page.url()).toBe(`${origin}/#/search?q=Kadyrov`);
    await expect.poll(() => page.locator('.entities a').allInnerTexts()).toContain(kadyrov.name);
    for (const statement of kadyrov.statements) {
      const card = page.locator(`article.statement[data-id="${statement.id}"]`);
      await expect.poll(() => card.locator('.attribution .entity').innerText()).toBe(kadyrov.name);
      expect(await card.locator('.verb').innerText()).toBe(statement.verb);
      expect(await card.locator('blockquote mark').innerText()).toBe(statement.text);
      expect(await card.locator('footer cite').innerText()).not.toBe('');
    }
    await screenshot(page, 'page-search-kadyrov');
  });

  it('shows a statement marked in the text of its article', async () => {
    const { page } = web;
    const [first] = kadyrov.statements;
    const card = page.locator(`article.statement[data-id="${first!.id}"]`);
    await card.getByRole('button', { name: 'Show in article' }).click();
    const mark = card.locator('.article-text .body mark');
    await mark.waitFor();
    expect(await mark.innerText()).toBe(first!.text);
    // The whole article is there around the marked words.
    expect((await card.locator('.article-text .body').innerText()).length).toBeGreaterThan(first!.text.length * 3);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'page-statement-in-article');
  });

  it("opens Kadyrov's page: his statements, statements about him, sanctions against him", async () => {
    const { page } = web;
    await page.locator('.entities a', { hasText: kadyrov.name }).click();
    await page.locator('.entity-page h1', { hasText: kadyrov.name }).waitFor();

    expect(decodeURIComponent(page.url())).toBe(`${origin}/#/person/${kadyrov.id}`);
    expect(await page.locator('section.statements article.statement').count()).toBe(kadyrov.statements.length);
    expect(await page.locator('section.statements-about article.statement').count()).toBeGreaterThan(0);
    const authorities = await page.locator('section.sanctions article.sanction .attribution .entity.organization').allInnerTexts();
    expect(authorities).toEqual(kadyrov.sanctionAuthorities);
    await screenshot(page, 'page-person-kadyrov', { fullPage: true });
  });

  it('asked nothing of another host, and nothing failed', () => {
    expect(web.foreignRequests).toEqual([]);
    expect(web.problems).toEqual([]);
  });
});
