import { startTestServer } from './tests/helpers/server.ts';
import { persistNewsroom } from './tests/helpers/newsroom.ts';
const server = await startTestServer({ seedsDir: null });
await persistNewsroom(server.db);
for (const q of ['pipeline', 'fined', 'elodie', '"pipeline leak"', 'pipeline leak', 'sanction', 'fine']) {
  const r = await server.query(`query($q: String!) { search(query: $q, first: 20) { totalCount nodes { score hit { __typename ... on Statement { text } ... on Article { title } } highlightedSnippet titleHighlights { text } } } }`, { q });
  console.log(q, JSON.stringify(r.body.errors ?? r.body.data.search.totalCount));
  for (const n of r.body.data?.search.nodes ?? []) console.log('   ', n.score.toFixed(4), n.hit.__typename, (n.hit.text ?? n.hit.title).slice(0, 50), '|', n.highlightedSnippet.slice(0, 90).replace(/\n/g, ' '), '|', n.titleHighlights.map((t: any) => t.text).join(','));
}
await server.close();
