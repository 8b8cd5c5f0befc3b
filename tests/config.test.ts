import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('GRAPHIQL', () => {
  it('is on by default outside production and off in production', () => {
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
  });

  it('can be set either way', () => {
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrow(/GRAPHIQL/);
  });
});

describe('CORS_ORIGINS', () => {
  it('is empty by default: same origin only', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('is a comma-separated list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://news.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://news.example.org',
      'http://localhost:5173',
    ]);
  });

  it('rejects anything that is not an origin, naming the variable', () => {
    for (const value of ['news.example.org', 'https://news.example.org/', 'https://news.example.org/path', '*']) {
      expect(() => loadConfig({ CORS_ORIGINS: value }), value).toThrow(/CORS_ORIGINS/);
    }
  });
});
