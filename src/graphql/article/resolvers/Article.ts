import type { ArticleResolvers } from '../../generated/resolvers.ts';

export const Article: ArticleResolvers = {
  id: (article) => String(article.id),
  contributors: async (article, _args, { loaders }) =>
    (await loaders.contributorsByArticleId.load(article.id)).map((link) => link.organization),
  mentions: (article, _args, { loaders }) => loaders.mentionsByArticleId.load(article.id),
  statements: (article, _args, { loaders }) => loaders.statementsByArticleId.load(article.id),
  sanctions: (article, _args, { loaders }) => loaders.sanctionsByArticleId.load(article.id),
  affiliations: (article, _args, { loaders }) => loaders.affiliationsByArticleId.load(article.id),
};
