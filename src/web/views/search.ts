// Search results for a name or a phrase: the persons and organizations it names, and the
// statements they made or whose words contain it, in article order.
import { SearchDocument, type SearchQuery, type StatementCardFragment } from '../../client/generated/graphql.ts';
import { request } from '../api.ts';
import { h } from '../dom.ts';
import type { View } from '../view.ts';
import { entityLink } from './links.ts';
import { statementCard } from './statement.ts';

type EntityHit = SearchQuery['persons']['nodes'][number] | SearchQuery['organizations']['nodes'][number];

export interface SearchResults {
  entities: EntityHit[];
  statements: StatementCardFragment[];
}

/**
 * The statements of every entity found (in article order), then the statements whose
 * words match (best match first), each once.
 */
export function searchResults(data: SearchQuery): SearchResults {
  const entities = [...data.persons.nodes, ...data.organizations.nodes];
  const matches = data.search.nodes.flatMap(({ hit }) => (hit.__typename === 'Statement' ? [hit] : []));
  const byId = new Map<string, StatementCardFragment>();
  for (const statement of [...entities.flatMap((entity) => entity.statements.nodes), ...matches]) {
    if (!byId.has(statement.id)) byId.set(statement.id, statement);
  }
  return { entities, statements: [...byId.values()] };
}

export async function searchView(text: string): Promise<View> {
  const { entities, statements } = searchResults(await request(SearchDocument, { text }));
  return {
    title: `“${text}”`,
    content: h(
      'div',
      { class: 'search-results' },
      h('h1', null, `Results for “${text}”`),
      entities.length > 0 &&
        h('section', { class: 'entities' }, h('h2', null, 'People and organizations'), h('ul', null, entities.map((entity) => h('li', null, entityLink(entity))))),
      h(
        'section',
        { class: 'statements' },
        h('h2', null, `Statements (${statements.length})`),
        statements.length
          ? statements.map(statementCard)
          : h('p', { class: 'empty' }, 'No statement made by anyone of that name or containing these words.'),
      ),
    ),
  };
}
