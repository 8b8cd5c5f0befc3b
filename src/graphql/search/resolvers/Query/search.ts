import type { QueryResolvers, SearchHitKind } from '../../../generated/resolvers.ts';
import { queriedConnection } from '../../../connections.ts';
import { parseSearchQuery, searchIndex, type SearchHitType } from '../../searchIndex.ts';

const HIT_TYPES = { STATEMENT: 'Statement', ARTICLE: 'Article' } as const;

export const search: QueryResolvers['search'] = (_parent, { query, kinds, ...args }, { db, provider }) => {
  const phrases = parseSearchQuery(query);
  const types: SearchHitType[] = [...new Set<SearchHitKind>(kinds ?? ['STATEMENT', 'ARTICLE'])].map((kind) => HIT_TYPES[kind]);
  const index = searchIndex(db, provider);
  return queriedConnection(args, {
    count: () => index.count(phrases, types),
    page: (skip, take) => index.page(phrases, types, skip, take),
  });
};
