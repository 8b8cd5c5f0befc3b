// SanctionFilter and SanctionOrder as Prisma's where and orderBy.
import type { Prisma } from '../../db/client.ts';
import { daysBetween, sortOrder } from '../arguments.ts';
import type { SanctionFilter, SanctionOrder } from '../generated/resolvers.ts';
import { parseGlobalIdOf, parseRowId } from '../globalIds.ts';

export function sanctionWhere(filter: SanctionFilter | null | undefined): Prisma.SanctionWhereInput {
  if (!filter) return {};
  const target = filter.target != null ? parseGlobalIdOf(['Person', 'Organization'], filter.target, 'filter.target') : null;
  const dated = daysBetween(filter.dateFrom, filter.dateTo);
  return {
    ...(filter.authority != null && { authorityId: parseRowId('Organization', filter.authority, 'filter.authority') }),
    ...(target &&
      (target.type === 'Person' ? { targetPersonId: target.id } : { targetOrganizationId: target.id })),
    ...(filter.legalBasis != null && {
      legalBasisId: parseRowId('LegalBasis', filter.legalBasis, 'filter.legalBasis'),
    }),
    ...(filter.measure != null && { measures: { some: { measure: filter.measure } } }),
    ...(filter.article != null && { articleId: parseRowId('Article', filter.article, 'filter.article') }),
    ...(dated && { date: dated }),
  };
}

export function sanctionOrderBy(order: SanctionOrder): Prisma.SanctionOrderByWithRelationInput[] {
  const sort = sortOrder(order.direction);
  const articleOrder = [{ articleId: sort }, { start: sort }, { id: sort }];
  return order.field === 'DATE' ? [{ date: { sort, nulls: 'last' } }, ...articleOrder] : articleOrder;
}
