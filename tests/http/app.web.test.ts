// What the server answers over HTTP besides the API: the IDE for browsers at /graphql
// (and its assets, all local), the page at /, and CORS for the configured origins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_ASSETS_PATH } from '../../src/http/graphiql.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const FRONTEND = 'https://news.example.org';
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let dev: TestServer; // GraphiQL on, one other origin allowed
let production: TestServer; // production defaults: no GraphiQL, same origin only
beforeAll(async () => {
  [dev, production] = await Promise.all([
    startTestServer({ seedsDir: null, corsOrigins: [FRONTEND] }),
    startTestServer({ seedsDir: null, production: true }),
  ]);
});
afterAll(() => Promise.all([dev?.close(), production?.close()]));

const origin = (server: TestServer) => new URL(server.url).origin;

describe('GraphiQL', () => {
  it('is what a browser gets at GET /graphql, its scripts and styles from this server', async () => {
    const response = await fetch(dev.url, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain(`${GRAPHIQL_ASSETS_PATH}ruru.js`);
    expect(page).toContain('WhoSaidWhatAbout');
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(page).not.toMatch(/unpkg|jsdelivr|cdn\./i);
  });

  it('serves its assets, workers included', async () => {
    for (const file of ['ruru.js', 'ruru.css', 'editorWorker.js', 'graphqlWorker.js', 'jsonWorker.js']) {
      const response = await fetch(`${origin(dev)}${GRAPHIQL_ASSETS_PATH}${file}`);
      expect(response.status, file).toBe(200);
    }
  });

  it('leaves every other request to /graphql to the API', async () => {
    expect((await dev.query('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is off when configured off (the production default), and the API stays', async () => {
    const response = await fetch(production.url, { headers: html });
    expect(response.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect((await fetch(`${origin(production)}${GRAPHIQL_ASSETS_PATH}ruru.js`)).status).toBe(404);
    expect((await production.query('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the page', () => {
  it('is served at /, its hashed assets cached for good', async () => {
    const response = await fetch(`${origin(dev)}/`);
    expect(response.status).toBe(200);
    const page = await response.text();
    const script = page.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);

    const asset = await fetch(`${origin(dev)}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin(dev)}/assets/missing.js`)).status).toBe(404);
  });
});

describe('CORS', () => {
  const preflight = (server: TestServer, from: string) =>
    fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const post = (server: TestServer, from: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { origin: from, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('lets a configured origin call the API', async () => {
    expect((await preflight(dev, FRONTEND)).headers.get('access-control-allow-origin')).toBe(FRONTEND);
    expect((await post(dev, FRONTEND)).headers.get('access-control-allow-origin')).toBe(FRONTEND);
  });

  it('gives no other origin leave', async () => {
    expect((await preflight(dev, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(dev, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no other origin by default', async () => {
    expect((await preflight(production, FRONTEND)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(production, FRONTEND)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
