// A small, fully known news graph for the API tests (no seeds): four articles about a
// fictional pipeline fine, with aliases, an accented name, countries, organization kinds
// and parents, unnamed sources, dated and undated statements and sanctions.
import type { Db } from '../../src/db/client.ts';
import { ArticleBuilder } from './factories.ts';

/** Writes the newsroom articles, oldest first. */
export async function persistNewsroom(db: Db): Promise<void> {
  const cast = (article: ArticleBuilder) =>
    article
      .person('marchetti', 'Élodie Marchetti', { aliases: ['Marchetti'], country: 'Valmora' })
      .person('rieger', 'Tomas Rieger', { aliases: ['Rieger'], country: 'Ostland' })
      .organization('regulator', 'Valmora Energy Regulator', 'GOVERNMENT_AGENCY', {
        aliases: ['the energy watchdog'],
        country: 'Valmora',
      })
      .organization('brightline', 'Brightline', 'COMPANY', { country: 'Ostland' })
      .organization('shipping', 'Brightline Shipping', 'COMPANY', { country: 'Ostland', parent: 'brightline' })
      .organization('wire', 'North Wire', 'NEWS_AGENCY')
      .unnamed('greens', 'environmental groups')
      .law('safety-act', 'Pipeline Safety Act', 2019);

  await cast(new ArticleBuilder('newsroom-a', { title: 'Valmora fines Brightline over pipeline leak', outlet: 'North Wire', publishedAt: '2024-03-10' }))
    .contributor('wire')
    .affiliation('marchetti', 'head of the Valmora Energy Regulator', 'regulator')
    .statement({ speaker: 'marchetti', verb: 'said', kind: 'DIRECT', text: 'The pipeline leak was entirely preventable.', about: ['brightline'], date: '2024-03-09' })
    .statement({ speaker: 'rieger', verb: 'denied', kind: 'INDIRECT', text: 'Brightline had ignored the warnings', about: ['brightline', 'marchetti'], date: '2024-03-10' })
    .statement({ speaker: 'greens', verb: 'said', kind: 'INDIRECT', text: 'the fine was far too small', about: ['regulator'] })
    .sanction({ authority: 'regulator', target: 'brightline', measures: ['FINANCIAL'], legalBasis: 'safety-act', date: '2024-03-08' })
    .persist(db);

  await cast(new ArticleBuilder('newsroom-b', { title: 'Ostland responds to the fine', outlet: 'East Post', publishedAt: '2024-04-02' }))
    .statement({ speaker: 'rieger', verb: 'said', kind: 'DIRECT', text: 'We will appeal the fine.', about: ['regulator'], date: '2024-04-01' })
    .statement({ speaker: 'regulator', verb: 'warned', kind: 'DIRECT', text: 'Further sanctions remain possible.', about: ['shipping'], date: '2024-04-02' })
    .statement({ speaker: 'marchetti', verb: 'accused', kind: 'INDIRECT', text: 'Brightline Shipping of hiding inspection reports', about: ['shipping'] })
    .sanction({ authority: 'regulator', target: 'rieger', measures: ['VISA_BAN', 'TRAVEL'], date: '2024-04-02' })
    .persist(db);

  await cast(new ArticleBuilder('newsroom-c', { title: 'Pipeline inspectors find pipeline corrosion', outlet: 'North Wire', publishedAt: '2024-05-20' }))
    .paragraph('Inspectors said the pipeline showed corrosion along the pipeline route, and a third pipeline section was closed.')
    .statement({ speaker: 'greens', verb: 'called', kind: 'INDIRECT', text: 'the inspections were overdue', about: ['brightline'], date: '2024-05-19' })
    .statement({ speaker: 'rieger', verb: 'told', kind: 'INDIRECT', text: 'the company would cooperate', about: ['regulator'], date: '2024-05-20' })
    .sanction({ authority: 'regulator', target: 'shipping', measures: ['ASSET_FREEZE'], legalBasis: 'safety-act' })
    .persist(db);

  // No publication date; a long body that names the pipeline once.
  await cast(new ArticleBuilder('newsroom-d', { title: 'Harbour traffic report' }))
    .paragraph(
      'Harbour traffic rose in the spring as ferries added crossings, cargo volumes recovered and the new ' +
        'terminal opened two further berths for container ships arriving from the south. Port officials ' +
        'expect the busy season to last into the autumn, when maintenance work on the breakwater begins, and ' +
        'said a short closure of the old pipeline jetty would not delay shipping.',
    )
    .statement({ speaker: 'regulator', verb: 'said', kind: 'INDIRECT', text: 'ferry operators had met every safety requirement' })
    .persist(db);
}
