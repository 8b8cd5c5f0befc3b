// The database rows GraphQL types resolve from (codegen `mappers`): a resolver's
// parent is the row, never a hand-made copy of it.
export type {
  Affiliation as AffiliationRow,
  Article as ArticleRow,
  LegalBasis as LegalBasisRow,
  Mention as MentionRow,
  Organization as OrganizationRow,
  Person as PersonRow,
  Sanction as SanctionRow,
  Statement as StatementRow,
  UnnamedSource as UnnamedSourceRow,
} from '../db/generated/sqlite/client.ts';

/** Start, end and text of a stretch of an article body. */
export interface SpanRow {
  start: number;
  end: number;
  text: string;
}
