// The page's GraphQL client: the typed client on this server's own /graphql.
import { ArticleTextDocument, type ArticleTextQuery } from '../client/generated/graphql.ts';
import { createClient } from '../client/request.ts';

export const request = createClient({ endpoint: '/graphql' });

type ArticleText = NonNullable<ArticleTextQuery['article']>;
const articleTexts = new Map<string, Promise<ArticleText | null>>();

/** An article's text, fetched once per page load however many statements show it. */
export function articleText(id: string): Promise<ArticleText | null> {
  let text = articleTexts.get(id);
  if (!text) {
    text = request(ArticleTextDocument, { id }).then(({ article }) => article);
    text.catch(() => articleTexts.delete(id));
    articleTexts.set(id, text);
  }
  return text;
}
