// StatementFilter and StatementOrder as Prisma's where and orderBy.
import type { Provider } from '../../config.ts';
import type { Prisma } from '../../db/client.ts';
import { containsText, daysBetween, knownAs, sortOrder } from '../arguments.ts';
import type { StatementFilter, StatementOrder } from '../generated/resolvers.ts';
import { parseGlobalIdOf, parseRowId } from '../globalIds.ts';
import { nameKey } from '../../ingest/keys.ts';

export function statementWhere(filter: StatementFilter | null | undefined, provider: Provider): Prisma.StatementWhereInput {
  if (!filter) return {};
  const conditions: Prisma.StatementWhereInput[] = [];
  if (filter.speaker != null) {
    const speaker = parseGlobalIdOf(['Person', 'Organization', 'UnnamedSource'], filter.speaker, 'filter.speaker');
    conditions.push(
      speaker.type === 'Person'
        ? { speakerPersonId: speaker.id }
        : speaker.type === 'Organization'
          ? { speakerOrganizationId: speaker.id }
          : { speakerSourceId: speaker.id },
    );
  }
  if (filter.speakerName != null) {
    const name = filter.speakerName;
    conditions.push({
      OR: [
        { speakerPerson: knownAs(name) },
        { speakerOrganization: knownAs(name) },
        { speakerSource: { labelKey: nameKey(name) } },
      ],
    });
  }
  if (filter.about != null) {
    const about = parseGlobalIdOf(['Person', 'Organization'], filter.about, 'filter.about');
    conditions.push(
      about.type === 'Person'
        ? { aboutPersons: { some: { personId: about.id } } }
        : { aboutOrganizations: { some: { organizationId: about.id } } },
    );
  }
  if (filter.aboutName != null) {
    const name = filter.aboutName;
    conditions.push({
      OR: [
        { aboutPersons: { some: { person: knownAs(name) } } },
        { aboutOrganizations: { some: { organization: knownAs(name) } } },
      ],
    });
  }
  if (filter.verb != null) conditions.push({ verb: filter.verb });
  if (filter.kind != null) conditions.push({ kind: filter.kind });
  if (filter.article != null) conditions.push({ articleId: parseRowId('Article', filter.article, 'filter.article') });
  const dated = daysBetween(filter.dateFrom, filter.dateTo);
  if (dated) conditions.push({ date: dated });
  if (filter.text) conditions.push({ text: containsText(provider, filter.text) });
  return { AND: conditions };
}

export function statementOrderBy(order: StatementOrder): Prisma.StatementOrderByWithRelationInput[] {
  const sort = sortOrder(order.direction);
  const articleOrder = [{ articleId: sort }, { start: sort }, { id: sort }];
  return order.field === 'DATE' ? [{ date: { sort, nulls: 'last' } }, ...articleOrder] : articleOrder;
}
