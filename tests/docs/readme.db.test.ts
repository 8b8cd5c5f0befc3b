// The README's example queries, run against a seeded server: their printed outputs
// must be what the server answers, so the README cannot drift from the API or data.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('\n## ', readme.indexOf('## Example queries') + 1));
const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map((m) => ({
  query: m[1]!,
  output: JSON.parse(m[2]!) as unknown,
}));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

it('has the three examples', () => {
  expect(examples).toHaveLength(3);
});

it.each(examples.map((e, i) => [i + 1, e] as const))('example %i answers as printed', async (_n, { query, output }) => {
  const { body } = await server.query(query);
  expect(body).toEqual(output);
});
