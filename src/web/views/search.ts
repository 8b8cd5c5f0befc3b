// Search results for a name or a phrase: the persons and organizations it names, and the
// statements they made or whose words contain it, in article order.
import { SearchDocument, type SearchQuery, type StatementCardFragment } from '../../client/generated/graphql.ts';
import { request } from '../api.ts';
import { h } from '../dom.ts';
import type { View } from '../view.ts';
import { entityLink } from './links.ts';
import { statementCard } from './statement.ts';

type EntityHit = SearchQuery['persons'][number] | SearchQuery['organizations'][number];

export interface SearchResults {
  entities: EntityHit[];
  statements: StatementCardFragment[];
}

/** The statements of every entity found and every statement found, each once, in article order. */
export function searchResults(data: SearchQuery): SearchResults {
  const entities = [...data.persons, ...data.organizations];
  const byId = new Map<string, StatementCardFragment>();
  for (const statement of [...entities.flatMap((entity) => entity.statements), ...data.statements]) {
    byId.set(statement.id, statement);
  }
  const statements = [...byId.values()].sort(
    (a, b) => Number(a.article.id) - Number(b.article.id) || a.span.start - b.span.start,
  );
  return { entities, statements };
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
