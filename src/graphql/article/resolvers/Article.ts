import type { ArticleResolvers } from '../../generated/resolvers.ts';
import { globalId } from '../../globalIds.ts';
import { relations } from '../../relations.ts';

export const Article: ArticleResolvers = {
  id: (article) => globalId('Article', article.id),
  contributors: (article, args, { loaders }) => loaders.connection(relations.contributorsByArticle, article.id, args),
  mentions: (article, args, { loaders }) => loaders.connection(relations.mentionsByArticle, article.id, args),
  statements: (article, args, { loaders }) => loaders.connection(relations.statementsByArticle, article.id, args),
  sanctions: (article, args, { loaders }) => loaders.connection(relations.sanctionsByArticle, article.id, args),
  affiliations: (article, args, { loaders }) => loaders.connection(relations.affiliationsByArticle, article.id, args),
};
