import type { SearchResultResolvers } from '../../generated/resolvers.ts';
import type { RowLoaders } from '../../loaders.ts';
import type { SearchResultRow, SpanRow } from '../../rows.ts';
import { present, typed } from '../../typename.ts';
import { markedRanges, snippetRange, withMarks, type Range } from '../highlights.ts';
import { MATCH_CLOSE, MATCH_OPEN } from '../searchIndex.ts';

/** The snippet and the matches in it, as spans of the article body. */
async function placeHit(result: SearchResultRow, loaders: RowLoaders): Promise<{ snippet: SpanRow; highlights: SpanRow[] }> {
  // A statement's words sit in the body at its offset; an article's text is the body.
  let base = 0;
  let text: string;
  if (result.type === 'Statement') {
    const statement = present(await loaders.statementById.load(result.id), `statement ${result.id}`);
    base = statement.start;
    text = statement.text;
  } else {
    text = present(await loaders.articleById.load(result.id), `article ${result.id}`).body;
  }
  const matches = markedRanges(result.textMarked, text, MATCH_OPEN, MATCH_CLOSE) ?? [];
  const snippet = snippetRange(text, matches);
  const span = ({ start, end }: Range): SpanRow => ({ start: base + start, end: base + end, text: text.slice(start, end) });
  return {
    snippet: span(snippet),
    highlights: matches.filter((m) => m.start >= snippet.start && m.end <= snippet.end).map(span),
  };
}

export const SearchResult: SearchResultResolvers = {
  hit: async (result, _args, { loaders }) =>
    result.type === 'Statement'
      ? typed('Statement', present(await loaders.statementById.load(result.id), `statement ${result.id}`))
      : typed('Article', present(await loaders.articleById.load(result.id), `article ${result.id}`)),
  article: async (result, _args, { loaders }) =>
    present(await loaders.articleById.load(result.articleId), `article ${result.articleId}`),
  snippet: async (result, _args, { loaders }) => (await placeHit(result, loaders)).snippet,
  highlights: async (result, _args, { loaders }) => (await placeHit(result, loaders)).highlights,
  highlightedSnippet: async (result, { open, close }, { loaders }) => {
    const { snippet, highlights } = await placeHit(result, loaders);
    const inSnippet = highlights.map((h) => ({ start: h.start - snippet.start, end: h.end - snippet.start }));
    return withMarks(snippet.text, inSnippet, open, close);
  },
  titleHighlights: async (result, _args, { loaders }) => {
    if (result.type !== 'Article') return [];
    const { title } = present(await loaders.articleById.load(result.id), `article ${result.id}`);
    const matches = markedRanges(result.titleMarked, title, MATCH_OPEN, MATCH_CLOSE) ?? [];
    return matches.map(({ start, end }) => ({ start, end, text: title.slice(start, end) }));
  },
};
