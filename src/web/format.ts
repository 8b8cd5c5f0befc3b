// How values read on the page.
import type { SanctionMeasure, StatementKind } from '../client/generated/graphql.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 December 2017" from an ISO date or date-time. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export const statementKinds: Record<StatementKind, string> = { DIRECT: 'quote', INDIRECT: 'paraphrase' };

export const sanctionMeasures: Record<SanctionMeasure, string> = {
  FINANCIAL: 'financial',
  ASSET_FREEZE: 'asset freeze',
  TRAVEL: 'travel',
  VISA_BAN: 'visa ban',
  TRADE: 'trade',
  ACCOUNT_BLOCK: 'account block',
  OTHER: 'other',
};
