// ArticleFilter and ArticleOrder as Prisma's where and orderBy.
import type { Prisma } from '../../db/client.ts';
import { daysBetween, sortOrder } from '../arguments.ts';
import type { ArticleFilter, ArticleOrder } from '../generated/resolvers.ts';
import { parseGlobalIdOf } from '../globalIds.ts';

export function articleWhere(filter: ArticleFilter | null | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  const published = daysBetween(filter.publishedFrom, filter.publishedTo);
  const mentioned = filter.mentions ? parseGlobalIdOf(['Person', 'Organization'], filter.mentions, 'filter.mentions') : null;
  return {
    ...(filter.outlet != null && { outlet: filter.outlet }),
    ...(published && { publishedAt: published }),
    ...(mentioned && {
      mentions: { some: mentioned.type === 'Person' ? { personId: mentioned.id } : { organizationId: mentioned.id } },
    }),
  };
}

export function articleOrderBy(order: ArticleOrder): Prisma.ArticleOrderByWithRelationInput[] {
  const sort = sortOrder(order.direction);
  switch (order.field) {
    case 'PUBLISHED_AT':
      return [{ publishedAt: { sort, nulls: 'last' } }, { id: sort }];
    case 'TITLE':
      return [{ title: sort }, { id: sort }];
  }
}
