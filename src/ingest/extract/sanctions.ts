// Sanctions: who imposed which measures on whom, under which law. A sanction is found
// from its verb ("imposed sanctions on", "hit him with … sanctions", "blacklisted",
// "fined", "froze the assets of", "blocked the accounts of"), from a passive report ("X
// has been banned from …", "Her assets, frozen since March"), from a nominal report
// ("their disabling of accounts belonging to …") or from a later sentence about an earlier
// measure ("The ban … covers X, Y and Z"). Each finding is an event: its authority is the
// verb's subject (for a passive one, the organization the text credits with it), its
// targets the object, its measures the words around. Events whose authority or target
// the clause leaves open take them from their context.
import { nameWords, resolvePronoun, stateOf, type Entity } from './coreference.ts';
import { findDateText } from './dates.ts';
import { CAPITALS, NATIONALITIES, ORG_DESCRIPTORS, PERSON_ROLES, REPORTING_VERBS, SANCTION_MEASURES } from './lexicon.ts';
import { looksLikeVerb } from './names.ts';
import { coordinatedSubject, datelineEnd, interpret, mainSubject, nounPhraseAfter, speakerOf, type Context, type SpeakerRef } from './quotes.ts';
import type { Sentence, Text, Token } from './text.ts';

export type Measure = 'FINANCIAL' | 'ASSET_FREEZE' | 'TRAVEL' | 'VISA_BAN' | 'TRADE' | 'ACCOUNT_BLOCK' | 'OTHER';

export interface SanctionDraft {
  authority: SpeakerRef;
  target: SpeakerRef;
  measures: Measure[];
  span: [number, number];
  legalBasis?: number;
  /** The date words the text gives the measure, in its sentence or an earlier report of the same authority. */
  dateText?: [number, number];
}

export interface Law {
  id: number;
  name: string;
  year?: number;
  description?: string;
  mentions: [number, number][];
}

/** One report of a measure: who, on whom, what; either side may still be open. */
interface SanctionEvent {
  authorities: SpeakerRef[];
  targets: SpeakerRef[];
  measures: Measure[];
  verb: Token;
  span: [number, number];
  /** Reported without its authority ("has been banned", "Her assets, frozen since …"). */
  agentless: boolean;
  /** Its targets are "them" or "their": those of the sentence's previous measure. */
  plural?: boolean;
  /** Nouns of targets it names without naming them ("31 Chinese companies"), which a later sentence may list. */
  targetNouns?: string[];
  /** A measure mentioned in passing ("who is already under a US visa ban"), not the one the story reports. */
  background?: boolean;
}

const SANCTION_NOUN = /^(sanctions?|blacklist|embargo(?:es)?|freezes?|bans?|restrictions?|penalties|measures|countermeasures|counter-measures|designations|listings)$/;
const IMPOSE = /^(impose[sd]?|imposing|slap(?:ped|s)?|levie[sd]|levy|announce[sd]?|introduce[sd]?|extende?d?|extends|place[sd]?|put|puts|adopt(?:ed|s)?|approve[sd]?|unveil(?:ed|s)?|expand(?:ed|s)?|widen(?:ed|s)?)$/;
const DIRECT_SANCTION = /^(sanction(?:ed|s)?|blacklist(?:ed|s)?|designate[sd]?)$/;
const HIT = /^(hit|hits|target(?:ed|s)?|punish(?:ed|es)?)$/;
const FREEZE = /^(froze|freezes|freeze|frozen|freezing|seized?|seizing|confiscated?)$/;
const FINE = /^(fined|fines)$/;
const ASSET_NOUN = /^(assets|funds|accounts|property|properties|holdings|deposits|savings|shares|tankers|vessels|ships|funding|subsidies|grants)$/;
const ACCOUNT_VERB = /^(block(?:ed|s)?|suspend(?:ed|s)?|disable[sd]?|deactivate[sd]?|remove[sd]?|delete[sd]?|ban(?:ned|s|ning)?|barr(?:ed|ing)|bars?|shut|closed?|restrict(?:ed|s)?|take|takes|took|taken)$/;
const ACCOUNT_NOUN = /^(accounts?|pages?|profiles?|channels?|handles?)$/;
const ACCOUNT_NOMINAL = /^(disabling|blocking|suspension|suspending|removal|banning|deactivation|deleting|deletion|closure|closing)$/;
const PASSIVE_AUX = /^(was|were|is|are|be|been|being|get|got|gets)$/;
/** What a body may lose: "revoked the licence of …". */
const LICENCE_NOUN = /^(licen[cs]es?|permits?|accreditations?|registrations?|broadcasting)$/;
/** Verbs by which an authority has another party carry out a measure. */
const ORDER_VERB = /^(ordered|orders|required|requires|instructed|instructs|directed|directs|forced|forces|told|tells)$/;
/** What a later sentence says a measure does to its targets: "The ban … covers X". */
const COVERS = /^(covers?|covered|targets?|targeted|affects?|affected|includes?|included|names?|named|lists?|listed|hits?|applies|apply|applied|extends|extended|freeze|froze|bar|barred|ban|banned)$/;

function isAcronymToken(t: Token): boolean {
  return /^\p{Lu}{2,6}$/u.test(t.text);
}

/** The measures the words between two offsets name; names ("Severn Bank") say nothing. */
function measuresIn(ctx: Context, start: number, end: number): Measure[] {
  let slice = ctx.text.norm.slice(start, end);
  for (const m of ctx.registry.mentions) {
    if (m.end <= start || m.start >= end) continue;
    const a = Math.max(m.start, start) - start;
    const b = Math.min(m.end, end) - start;
    slice = slice.slice(0, a) + ' '.repeat(b - a) + slice.slice(b);
  }
  const out: Measure[] = [];
  for (const [re, kind] of SANCTION_MEASURES) if (re.test(slice) && !out.includes(kind)) out.push(kind);
  return out;
}

/** Laws named in the text ("the Magnitsky Act", "Executive Order 13818"), with "a 2012 law" appositives. */
export function findLaws(text: Text): Law[] {
  const laws: Law[] = [];
  // "the Foreign Exchange and Foreign Trade Act", "Council Regulation (EC) No 765/2006",
  // "Russia's Code of Administrative Offenses", "Executive Order 13382".
  const re =
    /\b((?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:\([A-Z][\w\s]*\)\s+)*(?:(?:and|of|on|for|against|in|the)\s+)?){1,7}(?:Act|Law|Regulation|Regulations|Decree|Directive|Statute|Code|Treaty|Convention)(?:\s+\((?:EU|EC|EEC)\)\s+(?:No\.?\s+)?\d+\/\d+|\s+\d{4}|\s+of\s+(?:[A-Z][\w'’-]*\s*){1,4}(?=[\s,.;]))?|Executive Order\s+\d+|General Licen[cs]e\s+(?:No\.?\s+)?\d+[A-Z]?|Rule\s+\d+|Section\s+\d+(?:\([a-zA-Z0-9]+\))*(?:\s+of\s+the\s+(?:[A-Z][\w'’-]*\s*){1,6}Act)?|(?:UN\s+|U\.N\.\s+|Security Council\s+)?Resolution\s+\d{3,4}|(?:Article\s+[\d.]+\s+of\s+(?:[A-Z][\w'’.-]*\s+)?)?(?:Criminal|Administrative|Civil|Tax|Penal)\s+Code|(?:Article\s+[\d.]+\s+of\s+(?:[A-Z][\w'’.-]*\s+)?)?Code of (?:[A-Z][\w'’-]*\s*){1,4}(?=[\s,.;])|Law on (?:[A-Z][\w'’-]*\s*){1,4}(?=[\s,.;])|Regulation\s+(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s+)?\d+\/\d+)\b/g;
  for (let m = re.exec(text.norm); m; m = re.exec(text.norm)) {
    // "the Commission for Communications Regulation": the end of a body's name.
    if (/\b(?:Commission|Office|Agency|Authority|Council|Committee|Ministry|Department|Institute|Centre|Center|Bureau|Board|Court)\s+(?:for|of|on)\s+(?:the\s+)?$/.test(text.norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "The Commission for Communications Regulation": a body's name, not a law.
    if (/\b(?:Commission|Office|Agency|Authority|Council|Committee|Ministry|Department|Institute|Centre|Center|Bureau|Board|Court)\s+(?:for|of|on)\b/.test(m[1]!)) continue;
    // "the Law on Sanctions": the subject after "Law on".
    const on = /^Law$|\sLaw$/.test(m[1]!) ? /^\s+on\s+(?:[A-Z][\w'’-]*(?:\s+|(?=[,.;]))){1,4}/.exec(text.norm.slice(m.index + m[1]!.length)) : null;
    const matched = on ? m[1]! + on[0].trimEnd() : m[1]!;
    if (on) re.lastIndex = m.index + matched.length;
    let name = matched.replace(/^(?:Under\s+)?the\s+/i, '');
    let start = m.index + (matched.length - name.length);
    // Drop sentence-initial words that are not part of the name ("Under the … Act").
    const words = name.split(/\s+/);
    while (words.length > 2 && /^(The|the|Under|In|By|A|An|With|Its|This|That|Under)$/.test(words[0]!)) {
      start += words[0]!.length + 1;
      words.shift();
      name = words.join(' ');
    }
    const existing = laws.find((l) => l.name === name);
    const law = existing ?? { id: laws.length, name, mentions: [] };
    law.mentions.push([start, start + name.length]);
    if (!existing) laws.push(law);
    // "the Magnitsky Act -- a 2012 law that aims to …" / "…, a 2012 law …,"
    const after = text.norm.slice(start + name.length, start + name.length + 300);
    const appositive = /^\s*(?:,|--|\u2014)\s*((?:a|an|the)\s+(?:(\d{4})\s+)?(?:[\w-]+\s+){0,3}?(?:law|act|statute|legislation|regulation)\b[^\u2014]*?)(?=\s*(?:--|\u2014|,\s*(?:which|and)\b|[.;]|$))/.exec(after);
    if (appositive && !law.description) {
      law.description = appositive[1]!.trim();
      if (appositive[2]) law.year = Number(appositive[2]);
    }
    const year = /^\s*of\s+(\d{4})\b/.exec(after);
    if (year && !law.year) law.year = Number(year[1]);
  }
  return laws;
}

export function findSanctions(ctx: Context, laws: Law[]): SanctionDraft[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const events: SanctionEvent[] = [];
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    const nominal = nominalEvent(ctx, sentence, events);
    if (nominal) events.push(nominal);
    const own: SanctionEvent[] = [];
    for (const t of sentence.tokens) own.push(...eventsAt(ctx, sentence, t));
    // "…, freezing their assets and banning them from travelling": the targets named before.
    own.forEach((e, i) => {
      if (!e.plural || e.targets.length > 0) return;
      const previous = own.slice(0, i).findLast((x) => x.targets.length > 0);
      if (previous) e.targets = previous.targets;
    });
    events.push(...own);
  }
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    // Only a report that leaves its authority unsaid takes it from the context; an active
    // one whose subject is no organization ("a judge fined …") is no sanction.
    if (event.authorities.length === 0 && event.agentless) event.authorities = creditedAuthority(ctx, event, events, i);
  }
  const out: SanctionDraft[] = [];
  const dated: { authority: number; date: [number, number] }[] = [];
  for (const event of events) {
    const sentence = text.sentences[event.verb.sentence]!;
    const dateline: [number, number] = [sentence.start, text.tokens[datelineEnd(text, sentence)]?.start ?? sentence.start];
    const own = findDateText(text, sentence.start, sentence.end, event.verb.index, [dateline]);
    const date = own ?? dated.findLast((d) => event.authorities.some((a) => a.entity === d.authority))?.date;
    if (own) for (const a of event.authorities) dated.push({ authority: a.entity, date: own });
    for (const authority of event.authorities) {
      // Bodies impose measures; "X and Y … banned them" has lost its subject.
      if (ctx.registry.entities[authority.entity]!.type !== 'organization') continue;
      for (const target of event.targets) {
        if (authority.entity === target.entity) continue;
        const duplicate = out.find((o) => o.authority.entity === authority.entity && o.target.entity === target.entity);
        if (duplicate) {
          for (const m of event.measures) if (!duplicate.measures.includes(m)) duplicate.measures.push(m);
          continue;
        }
        // From the authority through the target; from the verb when the authority is the
        // subject of an earlier coordinated clause ("… and blacklisted X"); a report without
        // its authority from its own first word.
        const coordinated = tokens[event.verb.index - 1]?.lower === 'and' && authority.end < tokens[event.verb.index - 1]!.start;
        const start = event.agentless || coordinated ? event.span[0] : Math.min(authority.start, event.span[0], target.start);
        out.push({
          authority,
          target,
          measures: [...event.measures],
          span: [start, Math.max(event.span[1], target.end)],
          ...(date ? { dateText: date } : {}),
        });
      }
    }
  }
  // A measure the text does not name ("blacklisted") is OTHER.
  for (const draft of out) if (draft.measures.length === 0) draft.measures = ['OTHER'];
  linkLaws(text, out, laws);
  return out;
}

function event(
  authorities: SpeakerRef[],
  targets: SpeakerRef[],
  measures: Measure[],
  verb: Token,
  span: [number, number],
  agentless = false,
): SanctionEvent {
  const organizations = authorities.filter((r) => r.entity >= 0);
  return { authorities: organizations, targets, measures, verb, span, agentless };
}

/** Events reported by the verb at `t`. */
function eventsAt(ctx: Context, sentence: Sentence, t: Token): SanctionEvent[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const last = sentence.tokens.at(-1)!.index;
  const window = (from: number, n: number) => tokens.slice(from, Math.min(from + n, last + 1));
  const prev = tokens[t.index - 1];
  // ("was barring" is progressive, not passive.)
  const passive = !/ing$/.test(t.lower) && ((prev !== undefined && PASSIVE_AUX.test(prev.lower)) || (/^(also|already|previously|recently|since|separately|later)$/.test(prev?.lower ?? '') && PASSIVE_AUX.test(tokens[t.index - 2]?.lower ?? '')));

  // AUTH imposed sanctions on TARGET / TARGET was placed under a travel ban
  if (IMPOSE.test(t.lower)) {
    const w = window(t.index + 1, 12);
    if (passive && /^(placed|put)$/.test(t.lower) && w[0]?.lower === 'under') {
      const measures = measuresIn(ctx, t.start, sentence.end);
      return passiveEvent(ctx, sentence, t, measures.length ? measures : ['OTHER']);
    }
    // "the sanctions the Foreign Office imposed on him": the measure named before the verb.
    const nounBefore = tokens.slice(Math.max(sentence.tokens[0]!.index, t.index - 7), t.index).some((x) => SANCTION_NOUN.test(x.lower) && /sanction|ban|freeze|embargo|restriction/.test(x.lower));
    // "Sanctions were also imposed on Ivan Petrov": a passive without its authority.
    if (passive && nounBefore && /^(on|against)$/.test(w[0]?.lower ?? '')) {
      const targets = targetList(ctx, sentence, w[0]!.index + 1, undefined, new Set());
      const subject = tokens.slice(sentence.tokens[0]!.index, t.index).find((x) => SANCTION_NOUN.test(x.lower));
      if (targets.length > 0) return [event([], targets, measuresIn(ctx, subject?.start ?? t.start, t.end), t, [subject?.start ?? t.start, Math.max(...targets.map((x) => x.end))], true)];
    }
    // "… extended by a year the asset freeze and travel ban imposed in 2024 on Igor Kolesnik":
    // past a time phrase; a participle after the measure takes the clause's subject.
    let on = 0;
    if (/^(in|on|last|since)$/.test(w[0]?.lower ?? '') && /^(on|against)$/.test(w[2]?.lower ?? '')) on = 2;
    if (nounBefore && /^(on|against)$/.test(w[on]?.lower ?? '') && !passive) {
      const found = active(ctx, sentence, t, w[on]!.index + 1);
      const participle = SANCTION_NOUN.test(prev?.lower ?? '');
      if (participle) for (const e of found) e.authorities = mainSubject(ctx, sentence, t.index).filter((a) => isOrganization(ctx, a));
      return found;
    }
    const noun = w.findIndex((x) => SANCTION_NOUN.test(x.lower));
    const prep = w.findIndex((x, i) => noun >= 0 && i > noun && /^(on|against)$/.test(x.lower));
    if (prep >= 0 && /sanction|embargo|freeze|ban|blacklist|restriction|penalt/.test(w.map((x) => x.lower).join(' '))) return active(ctx, sentence, t, w[prep]!.index + 1);
    // "…, freezing his assets and imposing a visa ban": more measures for the same targets.
    const coordinated = t.lower === 'imposing' || tokens[t.index - 1]?.lower === 'and';
    if (noun >= 0 && noun <= 3 && coordinated) {
      const measures = measuresIn(ctx, t.start, w[noun]!.end);
      if (measures.length > 0) return [{ ...event(authorityOf(ctx, sentence, t), [], measures, t, [t.start, w[noun]!.end]), plural: true }];
    }
    if (!/^(put|puts)$/.test(t.lower)) return [];
  }
  // AUTH hit TARGET with … sanctions
  if (HIT.test(t.lower)) {
    const w = window(t.index + 1, 14);
    const withAt = w.findIndex((x) => x.lower === 'with');
    const fine = w.slice(withAt).some((x) => /^(fines?|penalt(?:y|ies))$/.test(x.lower));
    if (withAt < 0 || !(fine || w.slice(withAt).some((x) => SANCTION_NOUN.test(x.lower) && /sanction|ban|freeze|embargo/.test(x.lower)))) return [];
    // "hit it with a $310 million fine"
    return active(ctx, sentence, t, t.index + 1, fine ? ['FINANCIAL'] : undefined);
  }
  // AUTH sanctioned TARGET / TARGET was sanctioned (by AUTH)
  // "Oleg Markin, already blacklisted by the EU,": a passive participle about a name.
  if (DIRECT_SANCTION.test(t.lower) && /ed$/.test(t.lower) && !passive && tokens[t.index + 1]?.lower === 'by') {
    let c = t.index - 1;
    while (/^(already|also|previously|recently|earlier|long)$/.test(tokens[c]?.lower ?? '')) c--;
    const named = tokens[c]?.text === ',' ? ctx.registry.mentions.find((m) => m.last === c - 1) : undefined;
    const agent = nounPhraseAfter(ctx.text, t.index + 2, sentence);
    const authorities = agent ? interpret(ctx, agent[0], agent[1]).filter((a) => isOrganization(ctx, a)) : [];
    if (named && authorities.length > 0 && ctx.registry.entities[named.entity]!.type !== 'unnamed') {
      return [event(authorities, [{ entity: named.entity, start: named.start, end: named.end }], ['OTHER'], t, [named.start, tokens[agent![1]]!.end])];
    }
  }
  if (DIRECT_SANCTION.test(t.lower) && t.lower !== 'sanctions' && t.lower !== 'sanction') {
    if (passive) return passiveEvent(ctx, sentence, t);
    if (prev && /^(the|a|an|its|their|his|her)$/.test(prev.lower)) return [];
    return active(ctx, sentence, t, t.index + 1);
  }
  // AUTH fined TARGET 48 million
  if (FINE.test(t.lower)) {
    if (passive) return passiveEvent(ctx, sentence, t, ['FINANCIAL']);
    if (prev && /^(the|a|an|its|their|his|her)$/.test(prev.lower)) return [];
    return active(ctx, sentence, t, t.index + 1, ['FINANCIAL']);
  }
  // AUTH ordered TARGET closed
  if (/^(ordered|orders)$/.test(t.lower)) {
    const w = window(t.index + 1, 6);
    const closed = w.findIndex((x) => /^(closed|shut|dissolved|liquidated|disbanded)$/.test(x.lower));
    if (closed > 0 && !w.slice(0, closed).some((x) => looksLikeVerb(x) || x.text === ',' || x.lower === 'and')) {
      return active(ctx, sentence, t, t.index + 1, ['OTHER'], w[closed]!.index);
    }
    return [];
  }
  // AUTH deducted six points from TARGET
  if (/^(deducted|deducts|docked|docks|stripped|strips)$/.test(t.lower) && !passive) {
    const w = window(t.index + 1, 6);
    const points = w.findIndex((x) => /^(points?|titles?|medals?)$/.test(x.lower));
    const from = w.findIndex((x, i) => i > points && /^(from|of)$/.test(x.lower));
    if (points >= 0 && from === points + 1) return active(ctx, sentence, t, w[from]!.index + 1, ['OTHER']);
  }
  // AUTH revoked the licence of TARGET / TARGET's licence
  if (/^(revoked|revokes|withdrew|withdraws|cancelled|canceled|cancels|pulled|pulls|stripped|strips)$/.test(t.lower) && !passive) {
    const w = window(t.index + 1, 5);
    const noun = w.findIndex((x) => LICENCE_NOUN.test(x.lower));
    if (noun < 0 || w.slice(0, noun).some((x) => looksLikeVerb(x) || x.lower === 'and')) return [];
    const nounToken = w[noun]!;
    const authorities = authorityOf(ctx, sentence, t).filter((a) => isOrganization(ctx, a));
    const exclude = new Set(authorities.map((a) => a.entity));
    const link = tokens[nounToken.index + 1];
    const targets = link && /^(of|for)$/.test(link.lower) ? targetList(ctx, sentence, link.index + 1, undefined, exclude) : [];
    const owner = targets.length === 0 ? ownerBefore(ctx, nounToken.index, exclude) : undefined;
    if (owner) targets.push(owner);
    if (targets.length === 0 || authorities.length === 0) return [];
    return [event(authorities, targets, ['OTHER'], t, [t.start, Math.max(nounToken.end, ...targets.map((x) => x.end))])];
  }
  // AUTH added TARGET to its sanctions list / put TARGET on a blacklist / TARGET was added to …
  if (/^(added|adds|add|adding|put|puts|putting)$/.test(t.lower)) {
    const w = window(t.index + 1, 40);
    const list = (from: number) => {
      const words = w.slice(from, from + 9).map((y) => y.lower);
      const named = w.slice(from, from + 9).filter((y) => y.text !== '(' && y.text !== ')' && !(isAcronymToken(y) && w[y.index - w[0]!.index - 1]?.text === '('));
      const listAt = named.findIndex((y) => /^(list|register|registry)$/i.test(y.text));
      return (
        words.some((y) => /^blacklists?$/.test(y)) ||
        // "its Prohibited Association List", "the End User List": a list with a name.
        (listAt > 0 && named[listAt]!.capitalized && named[listAt - 1]!.capitalized) ||
        (words.some((y) => /^(list|register|registry)$/.test(y)) && words.some((y) => /^(sanctions?|terror|terrorist|entity|entities|watch|designated|control|end-user|user|unreliable|asset-freeze|freeze|blocked|persons)$/.test(y)))
      );
    };
    // "X was also added to the list": the list the story is about.
    const plainList = (i: number) => passive && /^(the|its)$/.test(w[i]?.lower ?? '') && /^(list|blacklist)$/.test(w[i + 1]?.lower ?? '') && !/^(of|for)$/.test(w[i + 2]?.lower ?? '');
    const to = w.findIndex((x, i) => /^(to|on)$/.test(x.lower) && (list(i + 1) || plainList(i + 1)));
    if (to < 0) return [];
    if (passive) return to === 0 ? passiveEvent(ctx, sentence, t) : [];
    return active(ctx, sentence, t, t.index + 1, undefined, w[to]!.index);
  }
  // "it had excluded Andaman Bay Holdings on the recommendation of …", "debarred X from
  // EU tenders": a body shut out of a fund or of public contracts.
  if (/^(excluded|excludes|debarred|debars|blackballed)$/.test(t.lower) && !passive) {
    const found = active(ctx, sentence, t, t.index + 1, ['OTHER']);
    const shut = /\b(?:fund|investment|portfolio|tenders?|contracts?|procurement|recommendation|council on ethics)\b/i.test(text.norm.slice(t.end, sentence.end));
    if (shut && found.some((e) => e.targets.length > 0 && e.authorities.length > 0)) return found;
  }
  // "OFAC cut Zhejiang Hengtai Commercial Bank off from the US financial system"
  if (/^(cut|cuts|cutting)$/.test(t.lower) && !passive) {
    const w = window(t.index + 1, 10);
    const off = w.findIndex((x) => x.lower === 'off');
    if (off > 0 && w[off + 1]?.lower === 'from' && /financial|banking|dollar|swift|market/i.test(w.slice(off + 2).map((x) => x.text).join(' '))) {
      return active(ctx, sentence, t, t.index + 1, ['FINANCIAL'], w[off]!.index);
    }
  }
  // AUTH froze the assets of TARGET / TARGET's assets / its accounts / funds held by TARGET
  if (FREEZE.test(t.lower)) return freezeEvents(ctx, sentence, t, passive);
  // AUTH blocked TARGET's accounts / AUTH suspended the accounts of TARGET / TARGET was banned from …
  if (ACCOUNT_VERB.test(t.lower)) {
    const w = window(t.index + 1, 8);
    // "blocked his American holdings", "blocked the assets of …": a freeze, in US usage.
    const asset = w.findIndex((x) => ASSET_NOUN.test(x.lower) && !/^(tankers|vessels|ships|accounts|funds)$/.test(x.lower));
    if (/^block(?:ed|s)?$/.test(t.lower) && asset >= 0 && asset <= 4 && !w.slice(0, asset).some((x) => looksLikeVerb(x) || x.lower === 'and')) return freezeEvents(ctx, sentence, t, passive);
    // "Roskomnadzor has blocked access to the site": the outlet behind it.
    if (/^block(?:ed|s)?$/.test(t.lower) && w[0]?.lower === 'access' && w[1]?.lower === 'to' && !passive) {
      const found = active(ctx, sentence, t, w[1]!.index + 1, ['ACCOUNT_BLOCK']);
      if (found.some((e) => e.targets.length > 0)) return found;
    }
    const noun = w.findIndex((x) => ACCOUNT_NOUN.test(x.lower));
    // The accounts must be the verb's object: "closed and froze its accounts" are two verbs.
    if (noun >= 0 && !w.slice(0, noun).some((x) => looksLikeVerb(x) || x.lower === 'and')) return accountBlock(ctx, sentence, t, noun + t.index + 1);
    // "it had suspended imports from the Arshaluys Brandy Company": trade with the target stopped.
    if (/^suspend(?:ed|s)?$/.test(t.lower) && /^(imports|exports|purchases|shipments|deliveries)$/.test(w[0]?.lower ?? '') && w[1]?.lower === 'from') {
      const found = active(ctx, sentence, t, w[1]!.index + 1, ['TRADE']);
      if (found.some((e) => e.targets.length > 0)) return found;
    }
    // A body suspending a member: "FIDE has suspended the Chess Federation of Russia".
    if (/^suspend(?:ed|s)?$/.test(t.lower) && !passive) {
      const member = ctx.registry.mentions.find((m) => m.first === t.index + 1 || (m.first === t.index + 2 && tokens[t.index + 1]!.lower === 'the'));
      if (member && ctx.registry.entities[member.entity]!.type !== 'unnamed' && member.form === 'name') return active(ctx, sentence, t, t.index + 1, ['OTHER'], member.last + 1);
    }
    if (!/^(ban(?:ned|s|ning)?|barr(?:ed|ing)|bars?)$/.test(t.lower)) return [];
    // TARGET has been banned from athletics / from entering the country
    // TARGET has been banned for four years
    if (passive) {
      const from = w[0]?.lower === 'from' ? w[1] : undefined;
      const duration = w[0]?.lower === 'for' && (w[1]?.kind === 'number' || /^(one|two|three|four|five|six|seven|eight|nine|ten|life|a|an)$/.test(w[1]?.lower ?? ''));
      if (!from && !duration) return [];
      const trade = from !== undefined && /^(import|export|imports|exports|trade|trading|importing|exporting)$/.test(from.lower);
      return passiveEvent(ctx, sentence, t, [from && /^(entering|travel|travelling|traveling|visiting)$/.test(from.lower) ? 'TRAVEL' : trade ? 'TRADE' : 'OTHER']);
    }
    // AUTH banned TARGET from entering the country; "…, banning them from travelling";
    // "barred Halvik's founder and chairman, Arkady Velichko, from entering": past appositives.
    // (A relative clause inside an appositive closes at its comma: "X, a firm that won three
    // of the contracts, from EU-funded tenders".)
    const wide = window(t.index + 1, 28);
    const from = wide.findIndex((x, i, all) => x.lower === 'from' && !openClauseAt(all, i) && !all.slice(0, i).some((y, n) => (looksLikeVerb(y) && !openClauseAt(all, n)) || y.text === ';'));
    if (from >= 0 && /^(entering|travel|travelling|traveling|visiting|the)$/.test(wide[from + 1]?.lower ?? '')) {
      if (from === 1 && /^(them|their)$/.test(w[0]!.lower)) return [{ ...event(authorityOf(ctx, sentence, t), [], ['TRAVEL'], t, [t.start, wide[from + 1]!.end]), plural: true }];
      return active(ctx, sentence, t, t.index + 1, ['TRAVEL'], wide[from]!.index);
    }
    // "it was barring Sakalouski and Iryna Matskevich" in a report of visa or entry bans.
    if (from < 0 && /^(barring|barred|bars|bar)$/.test(t.lower) && /\b(?:visa|entry|entering|travel)/i.test(text.norm.slice(sentence.start, sentence.end))) {
      const found = active(ctx, sentence, t, t.index + 1, ['TRAVEL']);
      if (found.some((e) => e.targets.length > 0)) return found;
    }
    // "banned the group from buying political advertising", "from all competitions": another measure.
    const barredFrom = from > 0 ? tokens[wide[from]!.index + 1] : undefined;
    // ("barred X from EU-funded tenders", "from public office", "from the sport")
    const barredFromWhat = barredFrom !== undefined && (/^\p{Ll}+ing$/u.test(barredFrom.lower) || /^(all|any|public|future|the|state|government|eu-funded|holding|office)$/.test(barredFrom.lower) || /^\p{Lu}\p{L}*-\p{Ll}+$/u.test(barredFrom.text));
    if (barredFrom && barredFrom.sentence === sentence.index && barredFromWhat) {
      const found = active(ctx, sentence, t, t.index + 1, ['OTHER'], wide[from]!.index);
      for (const e of found) e.span[1] = Math.max(e.span[1], phraseEnd(text, wide[from]!.index, sentence) === sentence.end ? trimEnd(text, wide[from]!.end, sentence.end) : phraseEnd(text, wide[from]!.index, sentence));
      return found;
    }
    // "AUTH banned sprinter X for two years": a ban for a stated time.
    const forAt = wide.findIndex((x, i, all) => x.lower === 'for' && !all.slice(0, i).some((y) => looksLikeVerb(y) || /^(who|which|whom|that)$/.test(y.lower)));
    const term = wide[forAt + 1];
    if (forAt > 0 && term && (term.kind === 'number' || /^(one|two|three|four|five|six|seven|eight|nine|ten|life|a|an)$/.test(term.lower)) && (term.lower === 'life' || /^(years?|months?|weeks?|days?|life|matches|games|seasons?)$/.test(wide[forAt + 2]?.lower ?? ''))) {
      const found = active(ctx, sentence, t, t.index + 1, ['OTHER'], wide[forAt]!.index);
      for (const e of found) e.span[1] = Math.max(e.span[1], (term.lower === 'life' ? term : (wide[forAt + 2] ?? term)).end);
      if (found.some((e) => e.targets.length > 0)) return found;
    }
    // AUTH banned imports of …: a measure whose targets a later sentence names
    if (/^(imports?|exports?|sales?|trade|shipments?)$/.test(w[0]?.lower ?? '')) {
      return [event(authorityOf(ctx, sentence, t), [], ['TRADE'], t, [t.start, w[0]!.end])];
    }
    return [];
  }
  // their disabling of accounts belonging to TARGET
  if (ACCOUNT_NOMINAL.test(t.lower)) {
    const w = window(t.index + 1, 5);
    const noun = w.findIndex((x) => ACCOUNT_NOUN.test(x.lower));
    if (noun < 0) return [];
    return accountBlock(ctx, sentence, t, noun + t.index + 1);
  }
  // "Oleg Markin, who is under U.S. sanctions,", "already subject to a European Union asset
  // freeze and travel ban", "already under a US visa ban": the measures of the body named.
  const underAt = t.lower === 'under' ? 1 : t.lower === 'subject' && tokens[t.index + 1]?.lower === 'to' ? 2 : 0;
  const det = underAt > 0 && /^(a|an)$/.test(tokens[t.index + underAt]?.lower ?? '') ? 1 : 0;
  const owner = underAt > 0 ? tokens[t.index + underAt + det] : undefined;
  const ownerMention = owner ? ctx.registry.mentionAtToken(owner.index) : undefined;
  const ownerEnd = ownerMention ? ownerMention.last : owner?.index ?? 0;
  const measureWords = tokens.slice(ownerEnd + 1, ownerEnd + 6);
  const measureNoun = measureWords.findIndex((x) => /^(sanctions|sanction|ban|bans|freeze|embargo|restrictions)$/.test(x.lower));
  if (owner?.capitalized && measureNoun >= 0 && measureWords.slice(0, measureNoun).every((x) => /^\p{Ll}/u.test(x.text) || x.lower === 'and')) {
    const ownerToken = owner;
    const country = CAPITALS.get(ownerToken.lower) ?? ctx.places.countryOf(ownerToken.text);
    const named = ownerMention;
    const authority = named ? ctx.registry.entities[named.entity]! : country ? stateOf(ctx.registry, country, ownerToken.text, ownerToken, ownerToken) : undefined;
    const measureEnd = measureWords[measureNoun]!;
    let b = t.index - 1;
    while (/^(already|also|long|still|now|previously)$/.test(tokens[b]?.lower ?? '')) b--;
    const subject = /^(is|are|was|were|remains|remain|been)$/.test(tokens[b]?.lower ?? '') ? mainSubject(ctx, sentence, t.index) : [];
    const relative = tokens.slice(Math.max(sentence.tokens[0]!.index, t.index - 5), t.index).find((x) => /^(who|which)$/.test(x.lower));
    // "Thet Paing Oo, already subject to …": the name the appositive follows.
    const comma = relative ?? (tokens[b]?.text === ',' ? tokens[b + 1] : undefined);
    let antecedent = comma && tokens[comma.index - 1]?.text === ',' ? ctx.registry.mentions.find((m) => m.last === comma.index - 2) : undefined;
    // "Davit Meskhishvili, a deputy head of Georgia's State Security Service, who …": the
    // name before the appositive, not the body inside it.
    if (antecedent && /^(of|at|for)$/.test(tokens[antecedent.first - 1]?.lower ?? '') || (antecedent && tokens[antecedent.first - 1]?.kind === 'possessive')) {
      const open = tokens.slice(sentence.tokens[0]!.index, antecedent.first).findLastIndex((x) => x.text === ',');
      const before = open >= 0 ? ctx.registry.mentions.find((m) => m.last === sentence.tokens[0]!.index + open - 1 && ctx.registry.entities[m.entity]!.type === 'person') : undefined;
      antecedent = before;
    }
    const targets = antecedent ? [{ entity: antecedent.entity, start: antecedent.start, end: antecedent.end }] : subject.filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
    if (authority && authority.type === 'organization' && targets.length > 0 && !targets.some((x) => x.entity === authority.id)) {
      const ref = { entity: authority.id, start: ownerToken.start, end: named ? named.end : ownerToken.end };
      const measures = measuresIn(ctx, ownerToken.start, measureEnd.end);
      return [{ ...event([ref], targets, measures.length ? measures : ['OTHER'], t, [Math.min(...targets.map((x) => x.start)), measureEnd.end]), background: true }];
    }
  }
  // "announced the blacklisting of Acme Shipping", "Tuesday's designation of X"
  const undone = tokens.slice(Math.max(sentence.tokens[0]!.index, t.index - 3), t.index).some((x) => NOT_IN_FORCE.test(x.lower) || /^(overturned|quashed|revoked|reversed|challenged|against)$/.test(x.lower));
  if (/^(blacklisting|designation|designations|sanctioning|listing)$/.test(t.lower) && tokens[t.index + 1]?.lower === 'of' && !undone) {
    // "The bloc's designation of X": the owner made it.
    const owner = tokens[t.index - 1]?.kind === 'possessive' ? ctx.registry.mentions.find((m) => m.last === t.index - 2) : undefined;
    const authorities = owner
      ? [{ entity: owner.entity, start: owner.start, end: owner.end }]
      : /^(announced|ordered|approved|confirmed|made|completed)$/.test(tokens[t.index - 2]?.lower ?? '')
        ? authorityOf(ctx, sentence, tokens[t.index - 2]!)
        : [];
    const targets = targetList(ctx, sentence, t.index + 2, undefined, new Set(authorities.map((a) => a.entity)));
    // Only with the body that announced it: "X said the listing of Y mattered" reports no measure.
    const bodies = authorities.filter((a) => isOrganization(ctx, a));
    if (targets.length > 0 && bodies.length > 0) return [event(bodies, targets, ['OTHER'], t, [Math.min(...bodies.map((a) => a.start)), Math.max(...targets.map((x) => x.end))])];
  }
  // "Oleg Markin faces an asset freeze and a travel ban": the subject is the target.
  if (/^(faces|face|faced|facing)$/.test(t.lower)) {
    const w = window(t.index + 1, 8);
    const measures = measuresIn(ctx, t.end, (w.find((x) => x.text === ',' || /^(after|if|because|over|for|from)$/.test(x.lower)) ?? w.at(-1))?.start ?? sentence.end);
    const noun = w.find((x) => SANCTION_NOUN.test(x.lower));
    if (noun && measures.length > 0) {
      const subject = mainSubject(ctx, sentence, t.index).filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
      if (subject.length > 0) return [event([], subject, measures, t, [Math.min(...subject.map((x) => x.start)), noun.end], true)];
    }
  }
  // "the sanctions on Myanma Economic Bank would restrict …": measures in force on named targets.
  if (/^(sanctions|embargo|embargoes|freeze|bans?)$/.test(t.lower) && /^(on|against)$/.test(tokens[t.index + 1]?.lower ?? '')) {
    const before = tokens.slice(Math.max(sentence.tokens[0]!.index, t.index - 12), t.index);
    if (before.some((x) => IMPOSE.test(x.lower) || HIT.test(x.lower) || NOT_IN_FORCE.test(x.lower))) return [];
    // "violations of sanctions on Pyongyang", "the enforcement of sanctions against …": a
    // measure only spoken of.
    let d = t.index - 1;
    while (d > sentence.tokens[0]!.index && (/^\p{Ll}/u.test(tokens[d]!.text) && !/^(of|the|from|to|for|with)$/.test(tokens[d]!.lower)) && t.index - d <= 2) d--;
    if (/^(of|from|to|for|with)$/.test(tokens[d]?.lower ?? '')) return [];
    // "the council's sanctions on North Korea": the possessor imposed them.
    const owner = tokens[t.index - 1]?.kind === 'possessive' ? ctx.registry.mentions.find((m) => m.last === t.index - 2) : undefined;
    const authorities = owner && isOrganization(ctx, { entity: owner.entity, start: owner.start, end: owner.end }) ? [{ entity: owner.entity, start: owner.start, end: owner.end }] : [];
    // "The freeze on the assets of Zenit Infrastruktura": the owner of the assets.
    const assetsOf = /^(the|its|their)$/.test(tokens[t.index + 2]?.lower ?? '') && ASSET_NOUN.test(tokens[t.index + 3]?.lower ?? '') && tokens[t.index + 4]?.lower === 'of';
    const targets = targetList(ctx, sentence, assetsOf ? t.index + 5 : t.index + 2, undefined, new Set(authorities.map((a) => a.entity)));
    if (targets.length === 0) return [];
    const spanStart = owner ? owner.start : t.start;
    return [event(authorities, targets, measuresIn(ctx, Math.max(sentence.start, t.start - 40), t.end), t, [spanStart, Math.max(...targets.map((x) => x.end))], authorities.length === 0)];
  }
  return [];
}

/** Whether the token at `n` sits inside a relative clause opened earlier in `all` and not yet closed by a comma. */
function openClauseAt(all: Token[], n: number): boolean {
  const rel = all.slice(0, n).findLastIndex((y) => /^(who|which|whom|that)$/.test(y.lower));
  return rel >= 0 && !all.slice(rel, n).some((y) => y.text === ',');
}

/** Words before a measure that say it is not (or no longer) in force: "upheld sanctions on", "lifted the ban on". */
const NOT_IN_FORCE = /^(upheld|uphold|upholds|lift|lifted|lifting|lifts|ease|eased|easing|annul|annulled|challenge|challenged|challenging|consider|considering|considered|weigh|weighing|weighed|urge|urged|urging|demand|demanded|call|called|calling|threaten|threatened|threatening|would|could|may|might|oppose|opposed|criticized|criticised|new|possible|proposed|planned|future)$/;

/** An active report: the verb's subject on the targets that follow it. */
function active(ctx: Context, sentence: Sentence, verb: Token, targetFrom: number, measures?: Measure[], targetUntil?: number): SanctionEvent[] {
  const authorities = authorityOf(ctx, sentence, verb);
  const exclude = new Set(authorities.map((a) => a.entity));
  // "designated on Tuesday Pars Rotor": past a time phrase before the object.
  const tokens = ctx.text.tokens;
  if (/^(on|last|this)$/.test(tokens[targetFrom]?.lower ?? '') && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)$/.test(tokens[targetFrom + 1]?.lower ?? '')) targetFrom += 2;
  const targets = targetList(ctx, sentence, targetFrom, targetUntil, exclude);
  // "added X to its list, along with Y and Z": more targets after the list.
  if (targetUntil !== undefined) {
    const along = tokens.slice(targetUntil, sentence.tokens.at(-1)!.index).find((t, i, all) => t.lower === 'along' && all[i + 1]?.lower === 'with' && (i === 0 || all[i - 1]!.text === ','));
    if (along) for (const x of targetList(ctx, sentence, along.index + 2, undefined, exclude)) if (!targets.some((y) => y.entity === x.entity)) targets.push(x);
  }
  const found = measures ?? measuresIn(ctx, verb.start, measureScopeEnd(ctx.text, verb, sentence));
  const span: [number, number] = [verb.start, Math.max(measureEnd(ctx.text, verb.index, sentence), ...targets.map((x) => x.end))];
  const found_ = event(authorities, targets, found, verb, span);
  if (targets.length === 0) found_.targetNouns = pluralNouns(ctx.text, targetFrom, sentence);
  return [found_];
}

/** Plural nouns of a phrase up to its end: "seven individuals and four companies in Iran" → individuals, companies. */
function pluralNouns(text: Text, from: number, sentence: Sentence): string[] {
  const out: string[] = [];
  for (let k = from; k <= sentence.tokens.at(-1)!.index && k < from + 10; k++) {
    const t = text.tokens[k]!;
    if (t.text === ',' || t.kind === 'dash' || /^(in|on|over|for|from|to|with|under|after|that|which|who)$/.test(t.lower)) break;
    if (t.kind === 'word' && /^\p{Ll}(?:.*[^s]s|.*men|people)$/u.test(t.text)) out.push(t.lower);
  }
  return out;
}

/**
 * A passive report: the subject is the target ("Brandvold has been banned", "Orvik was
 * placed under a travel ban"); the authority follows "by", or the context gives it.
 */
function passiveEvent(ctx: Context, sentence: Sentence, verb: Token, measures?: Measure[]): SanctionEvent[] {
  const { text } = ctx;
  const tokens = text.tokens;
  let k = verb.index - 1;
  while (k > sentence.tokens[0]!.index && (PASSIVE_AUX.test(tokens[k]!.lower) || /^(has|have|had|also|since|already|now|then|will|would)$/.test(tokens[k]!.lower))) k--;
  // "X has had his assets frozen and been banned from travelling": the clause's subject.
  const subjects = tokens[k]?.lower === 'and' ? mainSubject(ctx, sentence, k) : speakerOf(ctx, sentence, tokens[k + 1]!);
  const targets = subjects.filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
  if (targets.length === 0) return [];
  const rest = tokens.slice(verb.index + 1, sentence.tokens.at(-1)!.index + 1);
  const by = rest.findIndex((x) => x.lower === 'by');
  const stop = rest.findIndex((x) => x.text === ',' || x.kind === 'dash');
  let authorities: SpeakerRef[] = [];
  if (by >= 0 && (stop < 0 || by < stop)) {
    const agent = nounPhraseAfter(text, rest[by]!.index + 1, sentence);
    authorities = agent ? interpret(ctx, agent[0], agent[1]) : [];
  }
  const found = measures ?? measuresIn(ctx, verb.start, measureScopeEnd(text, verb, sentence));
  const end = stop >= 0 ? rest[stop]!.start : sentence.end;
  const span: [number, number] = [Math.min(...targets.map((x) => x.start)), trimEnd(text, verb.end, end)];
  return [event(authorities.filter((a) => isOrganization(ctx, a)), targets, found, verb, span, authorities.length === 0)];
}

/** Freezes: "froze the assets of X", "froze its bank accounts", "had frozen all funds held by X and by Y", "Her assets, frozen since March". */
function freezeEvents(ctx: Context, sentence: Sentence, verb: Token, passive: boolean): SanctionEvent[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const last = sentence.tokens.at(-1)!.index;
  // "Her assets, frozen since March", "Severin's accounts were frozen": the owner is the target.
  const before = tokens.slice(Math.max(sentence.tokens[0]!.index, verb.index - 5), verb.index);
  const assetBefore = before.findLastIndex((x) => ASSET_NOUN.test(x.lower));
  // "Yevgeny Kholmin … has had his assets frozen": the subject is the owner.
  const had = tokens[verb.index - 3];
  if (assetBefore === before.length - 1 && /^(his|her|their|its)$/.test(tokens[verb.index - 2]?.lower ?? '') && /^(had|has|have|having)$/.test(had?.lower ?? '')) {
    let k = had!.index - 1;
    while (k > sentence.tokens[0]!.index && /^(has|have|had|also|already|now|since)$/.test(tokens[k]!.lower)) k--;
    const owners = speakerOf(ctx, sentence, tokens[k + 1]!).filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
    if (owners.length === 0) return [];
    return [event([], owners, ['ASSET_FREEZE'], verb, [Math.min(...owners.map((o) => o.start)), verb.end], true)];
  }
  if ((passive || tokens[verb.index - 1]?.text === ',') && assetBefore >= 0) {
    const owner = ownerBefore(ctx, before[assetBefore]!.index, new Set());
    if (!owner) return [];
    // "…, whose assets were frozen by the finance ministry": the agent is the authority.
    const by = tokens[verb.index + 1]?.lower === 'by' ? nounPhraseAfter(text, verb.index + 2, sentence) : undefined;
    const authorities = by ? interpret(ctx, by[0], by[1]).filter((a) => isOrganization(ctx, a)) : [];
    const end = by && authorities.length > 0 ? tokens[by[1]]!.end : trimEnd(text, verb.end, phraseEnd(text, verb.index, sentence));
    const span: [number, number] = [owner.start, end];
    return [event(authorities, [owner], ['ASSET_FREEZE'], verb, span, authorities.length === 0)];
  }
  const w = tokens.slice(verb.index + 1, Math.min(verb.index + 9, last + 1));
  const asset = w.findIndex((x) => ASSET_NOUN.test(x.lower));
  if (asset < 0) return [];
  const authorities = authorityOf(ctx, sentence, verb);
  const exclude = new Set(authorities.map((a) => a.entity));
  const assetToken = w[asset]!;
  let targets: SpeakerRef[] = [];
  // "the assets of X", "accounts belonging to X", "funds and property held in Norland by X"
  const link = tokens.slice(assetToken.index + 1, assetToken.index + 8).find((x) => /^(of|belonging|by)$/.test(x.lower) && x.sentence === sentence.index);
  if (link) targets = targetList(ctx, sentence, link.index + (link.lower === 'belonging' ? 2 : 1), undefined, exclude);
  if (targets.length === 0) {
    const owner = ownerBefore(ctx, assetToken.index, exclude);
    if (owner) targets = [owner];
  }
  const plural = tokens.slice(verb.index + 1, assetToken.index).some((x) => x.lower === 'their');
  if (targets.length === 0) return [{ ...event(authorities, [], ['ASSET_FREEZE'], verb, [verb.start, assetToken.end]), plural }];
  const span: [number, number] = [verb.start, Math.max(assetToken.end, ...targets.map((x) => x.end))];
  return [event(authorities, targets, ['ASSET_FREEZE'], verb, span)];
}

/** The owner named before an asset noun: "Her assets", "its bank accounts", "Severin's funds". */
function ownerBefore(ctx: Context, assetIndex: number, exclude: ReadonlySet<number>): SpeakerRef | undefined {
  const tokens = ctx.text.tokens;
  for (let k = assetIndex - 1; k >= assetIndex - 3 && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.lower === 'their') return undefined; // the targets named before: see `plural`
    if (/^(his|her|its)$/.test(t.lower)) {
      const e = resolvePronoun(ctx, t.start, t.lower === 'its' ? 'organization' : 'person', t.lower, exclude);
      return e ? { entity: e.id, start: t.start, end: t.end } : undefined;
    }
    // "Viktor Sorel, whose assets": the name the relative clause follows.
    if (t.lower === 'whose' && tokens[k - 1]?.text === ',') {
      const m = ctx.registry.mentions.find((mm) => mm.last === k - 2);
      return m && !exclude.has(m.entity) ? { entity: m.entity, start: m.start, end: m.end } : undefined;
    }
    if (t.kind === 'possessive') {
      const m = ctx.registry.mentions.find((mm) => mm.last === k - 1);
      return m && !exclude.has(m.entity) ? { entity: m.entity, start: m.start, end: m.end } : undefined;
    }
    // "his American holdings", "its UK assets": a place's adjective may stand between.
    if (!/^\p{Ll}/u.test(t.text) && !NATIONALITIES.has(t.lower) && !ctx.places.has(t.lower) && !ctx.places.countryOf(t.text)) return undefined;
  }
  return undefined;
}

/**
 * "The ban, announced on Monday, covers Dravik Steelworks, its export arm … and the
 * smaller Orlen Rolling Company": a sentence about an earlier measure names its targets;
 * "The bans, which also freeze any assets …" adds measures to it.
 */
function nominalEvent(ctx: Context, sentence: Sentence, events: SanctionEvent[]): SanctionEvent | undefined {
  const { text } = ctx;
  const tokens = sentence.tokens;
  let start = datelineEnd(text, sentence) - tokens[0]!.index;
  // "In Serbia, the measures target …": past a short introduction.
  const introComma = tokens.slice(start, start + 5).findIndex((t) => t.text === ',');
  if (/^(in|on|at|after|separately|meanwhile|also|elsewhere)$/.test(tokens[start]?.lower ?? '') && introComma > 0) start += introComma + 1;
  const naming = namingEvent(ctx, sentence, events);
  if (naming) return naming;
  // "Zviad Kharazishvili … was also among those sanctioned": the subject is a target.
  const among = tokens.findIndex((t, i) => t.lower === 'among' && tokens[i + 1]?.lower === 'those' && /^(listed|sanctioned|targeted|named|designated)$/.test(tokens[i + 2]?.lower ?? '') && i > start);
  const copula = tokens[among - 1]?.lower === 'also' ? tokens[among - 2] : tokens[among - 1];
  if (among > start && /^(was|were|is|are)$/.test(copula?.lower ?? '')) {
    const earlier = events.filter((e) => e.authorities.length > 0 && sentence.index - e.verb.sentence <= 3).at(-1);
    const subject = earlier ? mainSubject(ctx, sentence, tokens[among]!.index).filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed') : [];
    if (earlier && subject.length > 0) {
      return { authorities: earlier.authorities, targets: subject, measures: [...earlier.measures], verb: tokens[among + 2]!, span: [subject[0]!.start, tokens[among + 2]!.end], agentless: true };
    }
  }
  // "Also designated were Qorvan Shipping and its owner": an inverted passive after a measure.
  if (tokens[start]?.lower === 'also' && /^(designated|sanctioned|listed|blacklisted|targeted|named|added|included)$/.test(tokens[start + 1]?.lower ?? '') && /^(was|were)$/.test(tokens[start + 2]?.lower ?? '')) {
    const earlier = events.filter((e) => e.authorities.length > 0 && sentence.index - e.verb.sentence <= 3).at(-1);
    const targets = earlier ? targetList(ctx, sentence, tokens[start + 3]!.index, undefined, new Set(earlier.authorities.map((a) => a.entity))) : [];
    if (earlier && targets.length > 0) {
      const measures = measuresIn(ctx, tokens[start]!.start, sentence.end);
      return { authorities: earlier.authorities, targets, measures: measures.length ? measures : [...earlier.measures], verb: tokens[start + 1]!, span: [tokens[start]!.start, Math.max(...targets.map((x) => x.end))], agentless: true };
    }
  }
  // "Among those listed are Alrosa and its chief executive": the targets after the verb.
  if (tokens[start]?.lower === 'among' && tokens[start + 1]?.lower === 'those' && /^(listed|sanctioned|targeted|named|designated)$/.test(tokens[start + 2]?.lower ?? '') && /^(are|were|is|was)$/.test(tokens[start + 3]?.lower ?? '')) {
    const earlier = events.filter((e) => e.authorities.length > 0).at(-1);
    const targets = earlier ? targetList(ctx, sentence, tokens[start + 4]!.index, undefined, new Set(earlier.authorities.map((a) => a.entity))) : [];
    if (earlier && targets.length > 0) {
      return { authorities: earlier.authorities, targets, measures: [...earlier.measures], verb: tokens[start + 2]!, span: [tokens[start]!.start, Math.max(...targets.map((x) => x.end))], agentless: true };
    }
  }
  // "The Foreign Office said the measures target …": the report inside a statement, whose
  // speaker imposed them.
  let speakerAuthorities: SpeakerRef[] = [];
  const said = tokens.findIndex((t, i) => i > start && i < 12 && /^(said|says|announced)$/.test(t.lower));
  if (said > 0) {
    const next = tokens[said + 1]?.lower === 'that' ? said + 2 : said + 1;
    if (/^(the|these|its|their)$/.test(tokens[next]?.lower ?? '') && SANCTION_NOUN.test(tokens[next + 1]?.lower ?? '')) {
      // (An unnamed speaker's report keeps the authority of the measure reported before.)
      speakerAuthorities = speakerOf(ctx, sentence, tokens[said]!).filter((r) => isOrganization(ctx, r));
      start = next;
    }
  }
  // "Ottawa's measures … cover", "The bloc's designation of": the owner imposed them.
  let ownerAuthorities: SpeakerRef[] = [];
  const ownerMention = ctx.registry.mentions.find((m) => m.first === tokens[start]?.index || (m.first === tokens[start + 1]?.index && /^(the)$/.test(tokens[start]!.lower)));
  if (ownerMention && text.tokens[ownerMention.last + 1]?.kind === 'possessive' && isOrganization(ctx, { entity: ownerMention.entity, start: ownerMention.start, end: ownerMention.end })) {
    const after = ownerMention.last + 2 - tokens[0]!.index;
    if (SANCTION_NOUN.test(tokens[after]?.lower ?? '') || (SANCTION_NOUN.test(tokens[after + 1]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[after]?.text ?? ''))) {
      ownerAuthorities = [{ entity: ownerMention.entity, start: ownerMention.start, end: ownerMention.end }];
      start = after - 1;
    }
  }
  const determiner = ownerAuthorities.length > 0 ? text.tokens[ownerMention!.first]! : tokens[start];
  // "The entry bans cover …", "The travel bans …": a modifier before the measure noun.
  const compound = tokens[start + 2] !== undefined && SANCTION_NOUN.test(tokens[start + 2]!.lower) && /^\p{Ll}+$/u.test(tokens[start + 1]?.text ?? '') && !SANCTION_NOUN.test(tokens[start + 1]!.lower);
  const noun = tokens[start + (compound ? 2 : 1)];
  // "The ban …", "The sanctions …"; "Those targeted include …".
  const measureNoun = noun !== undefined && SANCTION_NOUN.test(noun.lower);
  const targeted = noun !== undefined && determiner?.lower === 'those' && /^(sanctioned|targeted|designated|listed|blacklisted|named|hit)$/.test(noun.lower);
  if (!determiner || (!/^(the|these|those|this|that|its|their)$/.test(determiner.lower) && ownerAuthorities.length === 0) || !noun) return undefined;
  // "The measures, imposed by the Treasury on Monday, target …": the authority in the subject.
  // Only in the subject, before the verb that says what the measure does.
  const coversAt = tokens.findIndex((t, i) => i > start + 1 && COVERS.test(t.lower) && !/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? ''));
  const by = tokens.findIndex(
    (t, i) => i > start + 1 && (coversAt < 0 || i < coversAt) && t.lower === 'by' && /^(imposed|announced|adopted|introduced|agreed|approved|drawn|issued|ordered|prepared|signed|decided)$/.test(tokens[i - 1]!.lower === 'up' ? tokens[i - 2]!.lower : tokens[i - 1]!.lower),
  );
  const agent = measureNoun && by > 0 ? nounPhraseAfter(text, tokens[by]!.index + 1, sentence) : undefined;
  const agents = agent ? interpret(ctx, agent[0], agent[1]).filter((r) => isOrganization(ctx, r)) : [];
  const authorities = agents.length > 0 ? agents : ownerAuthorities.length > 0 ? ownerAuthorities : speakerAuthorities;
  const earlier: Pick<SanctionEvent, 'authorities' | 'measures' | 'targets' | 'targetNouns'> | undefined =
    authorities.length > 0 ? { authorities, measures: measuresIn(ctx, noun.start, sentence.end), targets: [] } : events.filter((e) => e.authorities.length > 0 && !e.background).at(-1);
  if (!earlier) return undefined;
  // "… added 31 Chinese companies to a trade blacklist. The companies include X and Y."
  // "… added four drone manufacturers … The companies include …": a plural body noun names them too.
  const bodies = /s$/.test(noun.lower) && ORG_DESCRIPTORS.has(noun.lower.replace(/ies$/, 'y').replace(/s$/, '')) && (earlier.targetNouns ?? []).length > 0;
  const named = earlier.targets.length === 0 && ((earlier.targetNouns ?? []).includes(noun.lower) || bodies);
  if (!measureNoun && !targeted && !named) return undefined;
  // "which also freeze any assets …": more measures for the earlier targets.
  const relative = tokens.findIndex((t, i) => i > start + 1 && /^(which|that)$/.test(t.lower));
  if (relative > 0) {
    for (const m of measuresIn(ctx, tokens[relative]!.start, (tokens.slice(relative).find((t) => t.text === ',')?.start ?? sentence.end))) {
      if (!earlier.measures.includes(m)) earlier.measures.push(m);
    }
  }
  const verb = tokens.find((t, i) => i > start + 1 && COVERS.test(t.lower) && !/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? ''));
  if (!verb) return undefined;
  // "The measures freeze the assets of settlers X and Y": past the assets to their owners.
  const assetsOf = /^(the|any)$/.test(text.tokens[verb.index + 1]?.lower ?? '') && ASSET_NOUN.test(text.tokens[verb.index + 2]?.lower ?? '') && text.tokens[verb.index + 3]?.lower === 'of';
  const from = assetsOf ? verb.index + 4 : verb.index + (/^(applies|apply|applied|extends|extended)$/.test(verb.lower) ? 2 : 1);
  const targets = targetList(ctx, sentence, from, undefined, new Set(earlier.authorities.map((a) => a.entity)));
  if (targets.length === 0) return undefined;
  const span: [number, number] = [determiner.start, Math.max(...targets.map((x) => x.end))];
  return { authorities: earlier.authorities, targets, measures: [...earlier.measures], verb, span, agentless: true };
}

/**
 * "OFAC on Tuesday sanctioned three Lebanese businessmen. OFAC named Khalil Haddad, Samir
 * Aoun and Fadi Nasr …": the authority of a measure on targets it did not name names them.
 */
function namingEvent(ctx: Context, sentence: Sentence, events: SanctionEvent[]): SanctionEvent | undefined {
  const verb = sentence.tokens.find((t) => /^(named|identified|listed|names|identifies|lists)$/.test(t.lower) && !PASSIVE_AUX.test(ctx.text.tokens[t.index - 1]?.lower ?? ''));
  if (!verb) return undefined;
  const earlier = events.filter((e) => e.targets.length === 0 && (e.targetNouns ?? []).length > 0 && verb.sentence - e.verb.sentence <= 2).at(-1);
  if (!earlier) return undefined;
  const subject = authorityOf(ctx, sentence, verb);
  if (!subject.some((s) => earlier.authorities.some((a) => a.entity === s.entity))) return undefined;
  const targets = targetList(ctx, sentence, verb.index + 1, undefined, new Set(subject.map((s) => s.entity)));
  if (targets.length === 0) return undefined;
  return event(subject, targets, [...earlier.measures], verb, [verb.start, Math.max(...targets.map((x) => x.end))]);
}

/**
 * The authority of a report that does not name one: the organization the sentence credits
 * with the report ("…, the Global Anti-Doping Authority announced"), another organization
 * of the sentence, else the authority of the nearest report of a measure.
 */
function creditedAuthority(ctx: Context, subject: SanctionEvent, events: SanctionEvent[], index: number): SpeakerRef[] {
  const { text, registry } = ctx;
  const sentence = text.sentences[subject.verb.sentence]!;
  const targets = new Set(subject.targets.map((t) => t.entity));
  // "China's Commerce Ministry added Shinonome to its list … Under the listing, Shinonome is
  // banned from …": more of a measure an authority just imposed on the same target.
  const same = events
    .slice(0, index)
    .reverse()
    .find((e) => e.verb.sentence < sentence.index && sentence.index - e.verb.sentence <= 3 && e.authorities.length > 0 && !e.agentless && e.targets.some((t) => targets.has(t.entity)));
  if (same) return same.authorities.filter((a) => !targets.has(a.entity));
  for (const t of sentence.tokens) {
    if (!REPORTING_VERBS.has(t.lower) || t.index < subject.verb.index) continue;
    const speakers = speakerOf(ctx, sentence, t).filter((r) => isOrganization(ctx, r) && !targets.has(r.entity));
    if (speakers.length > 0) return speakers;
  }
  const named = registry.mentions.filter(
    (m) => m.sentence === sentence.index && !targets.has(m.entity) && isOrganization(ctx, { entity: m.entity, start: m.start, end: m.end }) && !/^(COMPANY|MEDIA|NEWS_AGENCY)$/.test(registry.entities[m.entity]!.kind ?? ''),
  );
  if (named.length > 0) return [{ entity: named[0]!.entity, start: named[0]!.start, end: named[0]!.end }];
  // The nearest report of a measure by a named authority: a few sentences before, or just after.
  const sentenceOf = (e: SanctionEvent) => e.verb.sentence;
  const before = events.slice(0, index).reverse().filter((e) => sentence.index - sentenceOf(e) <= 4);
  const after = events.slice(index + 1).filter((e) => sentenceOf(e) - sentence.index <= 2);
  const nearest = [...before, ...after].find((e) => e.authorities.length > 0 && !e.agentless);
  if (nearest) return nearest.authorities.filter((a) => !targets.has(a.entity));
  // "The Treasury on Monday targeted a network of shipping firms. Acme Shipping was added to
  // …": the public body opening one of the sentences just before, acting against someone.
  for (let s = sentence.index - 1; s >= 0 && sentence.index - s <= 3; s--) {
    const earlier = text.sentences[s]!;
    if (earlier.heading || !SANCTION_WORDS.test(text.norm.slice(earlier.start, earlier.end))) continue;
    const opening = registry.mentions.find((m) => m.sentence === s && m.first <= datelineEnd(text, earlier) + 2);
    const entity = opening ? registry.entities[opening.entity]! : undefined;
    if (opening && entity?.type === 'organization' && AUTHORITY_KINDS.test(entity.kind ?? '') && !targets.has(entity.id)) {
      return [{ entity: entity.id, start: opening.start, end: opening.end }];
    }
  }
  return [];
}

/** Words of a sentence reporting some action against someone. */
const SANCTION_WORDS = /\b(?:sanction|designat|blacklist|target|freez|froze|ban|bar|list|penal|restrict|fine)/i;
/** Kinds of organization that impose measures. */
const AUTHORITY_KINDS = /^(GOVERNMENT|GOVERNMENT_AGENCY|INTERNATIONAL_ORGANIZATION|LEGISLATURE|COURT)$/;

function isOrganization(ctx: Context, ref: SpeakerRef): boolean {
  return ctx.registry.entities[ref.entity]!.type === 'organization';
}

/**
 * The targets listed from token `from`: names (and pronouns) joined by commas and "and",
 * each with its modifiers ("its export arm Dravik Metals Trading", "the smaller Orlen
 * Rolling Company"); a name governed by "of" or owning something ("a subsidiary of Orvik
 * Petroleum", "Severin's holding company") is no target, nor are appositives about one.
 */
function targetList(ctx: Context, sentence: Sentence, from: number, until: number | undefined, exclude: ReadonlySet<number>): SpeakerRef[] {
  const { text, registry } = ctx;
  const tokens = text.tokens;
  const last = Math.min(sentence.tokens.at(-1)!.index, until !== undefined ? until - 1 : Infinity);
  const targets: SpeakerRef[] = [];
  let governed = false;
  // The noun "of" governs: "the chairman of …", "two of his companies".
  let governor: Token | undefined;
  const push = (ref: SpeakerRef) => {
    if (!exclude.has(ref.entity) && !targets.some((x) => x.entity === ref.entity) && registry.entities[ref.entity]!.type !== 'unnamed') targets.push(ref);
  };
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    const m = registry.mentions.find((mm) => mm.first === k);
    if (m) {
      const owner = tokens[m.last + 1]?.kind === 'possessive';
      // "his Varhaven investment firm, Ondrasek Capital": a name modifying a noun is no target.
      // (Plurals too: "two European Union officials".)
      const headNoun = (x: Token) => ORG_DESCRIPTORS.has(x.lower) || PERSON_ROLES.has(x.lower) || PERSON_ROLES.has(x.lower.replace(/s$/, '')) || ORG_DESCRIPTORS.has(x.lower.replace(/ies$/, 'y').replace(/s$/, ''));
      const modifier = tokens.slice(m.last + 1, m.last + 4).findIndex((x) => !(x.kind === 'word' && /^\p{Ll}/u.test(x.text)) || headNoun(x));
      const modifies = modifier > 0 && headNoun(tokens[m.last + 1 + modifier]!) && tokens.slice(m.last + 1, m.last + 1 + modifier).every((x) => !looksLikeVerb(x) && !/^(and|or|of|in|on|for|over|after|last|this|next|since|until|with|from|to|by|at)$/.test(x.lower));
      const direct = modifier === 0 && headNoun(tokens[m.last + 1]!) && /^\p{Ll}/u.test(tokens[m.last + 1]!.text);
      if (modifies || direct) {
        k = m.last;
        continue;
      }
      if (!governed && !owner) push({ entity: m.entity, start: m.start, end: m.end });
      k = m.last;
      continue;
    }
    // "hit him with …"; not "on her husband", where "her" only owns the target.
    const possessive = /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && !/^(with|for|over|from|under|after|in|on|by|to|and|or|on|since|until)$/.test(tokens[k + 1]!.lower);
    if (/^(him|her|them|it)$/.test(t.lower) && !governed && k === from && !(t.lower === 'her' && possessive)) {
      const e = resolvePronoun(ctx, t.start, t.lower === 'it' || t.lower === 'them' ? 'organization' : 'person', t.lower, exclude);
      if (e) push({ entity: e.id, start: t.start, end: t.end });
      continue;
    }
    if (t.lower === 'of') {
      if (!governed) governor = tokens[k - 1];
      governed = true;
      continue;
    }
    // "both banks", "the two companies": the organizations so described the text just named.
    if (!governed && /^(both|the)$/.test(t.lower)) {
      const count = tokens[k + 1]?.lower === 'two' || t.lower === 'both' ? 2 : tokens[k + 1]?.lower === 'three' ? 3 : 0;
      const noun = tokens[k + (t.lower === 'both' ? 1 : 2)];
      const singular = noun?.lower.replace(/ies$/, 'y').replace(/s$/, '');
      if (count > 0 && noun && singular && singular !== noun.lower && ORG_DESCRIPTORS.has(singular)) {
        for (const e of describedTogether(ctx, singular, t.start, count)) push({ entity: e.id, start: t.start, end: noun.end });
        k = noun.index;
        continue;
      }
    }
    // "sanctions on North Korea": a country of two words.
    const pair = t.capitalized && tokens[k + 1]?.capitalized ? ctx.text.norm.slice(t.start, tokens[k + 1]!.end) : undefined;
    if (pair && !governed && ctx.places.isCountry(pair.toLowerCase()) && !registry.mentionAtToken(k)) {
      const country = ctx.places.countryOf(pair);
      if (country) push({ entity: stateOf(registry, country, pair, t, tokens[k + 1]!).id, start: t.start, end: tokens[k + 1]!.end });
      k++;
      continue;
    }
    // "sanctions on Russia": a country is targeted as its state.
    const modifies = tokens[k + 1]?.kind === 'word' && !/^(and|or|over|for|after|because|in|on|from|to|with|by|since|until)$/.test(tokens[k + 1]!.lower);
    const owns = tokens[k + 1]?.kind === 'possessive';
    if (t.capitalized && !governed && !owns && (ctx.places.isCountry(t.lower) || CAPITALS.has(t.lower)) && !modifies) {
      // "sanctions on Pyongyang": a capital stands for its state here too.
      const country = CAPITALS.get(t.lower) ?? ctx.places.countryOf(t.text);
      if (country) push({ entity: stateOf(registry, country, t.text, t, t).id, start: t.start, end: t.end });
      continue;
    }
    // "…, as well as former senator Rony Celestin", "dozens of officials, including X"
    if (t.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as') {
      governed = false;
      k += 2;
      continue;
    }
    if (t.lower === 'including') {
      governed = false;
      continue;
    }
    if (t.lower === 'along' && tokens[k + 1]?.lower === 'with') {
      governed = false;
      k++;
      continue;
    }
    if (t.lower === 'and' || t.lower === 'or') {
      // "…, and by Stellan Orvik": a new item; "and blacklisted": a new clause.
      const next = tokens[k + 1];
      if (!next || looksLikeVerb(next) || /^(said|says|saying|accused|accusing)$/.test(next.lower)) break;
      governed = false;
      if (/^(by|on|against|to)$/.test(next.lower)) k++;
      continue;
    }
    // "A, a commander in the province; B, the police chief; and C": items after semicolons.
    if (t.text === ';' && targets.length > 0) {
      const next = tokens[k + 1]?.lower === 'and' ? tokens[k + 2] : tokens[k + 1];
      if (next && registry.mentionAtToken(next.index) !== undefined) {
        governed = false;
        k = next.index - 1;
        continue;
      }
      break;
    }
    if (t.text === ',') {
      const next = tokens[k + 1];
      // "…, Foreign Minister Ingrid Falk-Ameri told": the attribution, not another target.
      let n = k + 1;
      while (tokens[n] && tokens[n]!.capitalized && !registry.mentionAtToken(n) && n - k < 5) n++;
      const speaker = registry.mentionAtToken(n);
      if (speaker && REPORTING_VERBS.has(tokens[speaker.last + 1]?.lower ?? '')) break;
      // "A, whom officials described as the cartel's "chief accountant," along with B": past the clause.
      if (next && /^(who|whom|which)$/.test(next.lower) && targets.length > 0) {
        const along = tokens.slice(k + 2, Math.min(last, k + 30) + 1).find((x, n, all) => x.lower === 'along' && all[n + 1]?.lower === 'with');
        if (along) {
          governed = false;
          k = along.index + 1;
          continue;
        }
      }
      if (next && /^(which|who|whose|saying|accusing|adding|subjecting|freezing|banning|citing|after|because|and)$/.test(next.lower) && next.lower !== 'and') break;
      // "X, a distributor in Sharjah, and Y", "A, a judge at the Minsk City Court who …, and
      // B": past an appositive about the last target, to the items after it.
      const roleAhead = (from: number) => tokens.slice(from, Math.min(last, from + 6) + 1).some((x) => x.text !== ',' && /^\p{Ll}/u.test(x.text) && (PERSON_ROLES.has(x.lower) || ORG_DESCRIPTORS.has(x.lower)));
      const appositive =
        next && targets.length > 0 && (/^(a|an)$/.test(next.lower) || (/^\p{Ll}/u.test(next.text) && (PERSON_ROLES.has(next.lower) || ORG_DESCRIPTORS.has(next.lower))) || (next.lower === 'the' && roleAhead(k + 2)));
      if (appositive) {
        const close = tokens.slice(k + 2, Math.min(last, k + 30) + 1).find((x) => x.text === ',' || x.text === ';' || x.kind === 'dash');
        const after = close ? tokens[close.index + 1] : undefined;
        const resumes = close?.text === ';' && after !== undefined && (registry.mentionAtToken(after.index) !== undefined || (after.lower === 'and' && registry.mentionAtToken(after.index + 1) !== undefined));
        if ((close?.text === ',' && after?.lower === 'and') || resumes) {
          k = close.index - 1;
          continue;
        }
      }
      // "the chairman of the election commission, Oleg Strand,", "two of his companies,
      // Saltmere Lines and …": the names in apposition to a role or a number are targets.
      const named = registry.mentions.find((mm) => mm.first === k + 1);
      if (governed && named && governor) {
        const role = PERSON_ROLES.has(governor.lower) && registry.entities[named.entity]!.type === 'person';
        const count = governor.kind === 'number' || /^(two|three|four|five|six|seven|eight|nine|ten|several|some|both|all)$/.test(governor.lower);
        if (role || count) governed = false;
      }
      continue;
    }
    if (t.kind === 'possessive' || t.kind === 'number') continue;
    // "the outlet's editor in chief, Nadezhda Sokolinskaya"
    if (t.lower === 'in' && tokens[k + 1]?.lower === 'chief') {
      k++;
      continue;
    }
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !looksLikeVerb(t) && !/^(for|over|after|because|in|on|at|under|with|from|by|to|which|who|that|since|until|while|as|when|within|into|saying|citing)$/.test(t.lower)) continue;
    if (t.capitalized && !registry.mentionAtToken(k)) continue;
    break;
  }
  return targets;
}

/** The last `count` organizations before an offset that a descriptor fits ("both banks"), when there are that many. */
function describedTogether(ctx: Context, descriptor: string, offset: number, count: number): Entity[] {
  const recent = ctx.registry.mentions.filter((m) => m.end <= offset).reverse();
  const out: Entity[] = [];
  for (const m of recent) {
    const e = ctx.registry.entities[m.entity]!;
    const fits = e.type === 'organization' && (nameWords(e.name).split(' ').includes(descriptor) || e.descriptors.has(descriptor));
    if (fits && !out.includes(e)) out.push(e);
    if (out.length === count) return out;
  }
  return [];
}

/** Where a participial or short clause ends: the next comma, dash or the sentence end. */
function phraseEnd(text: Text, from: number, sentence: Sentence): number {
  const next = text.tokens.slice(from + 1, sentence.tokens.at(-1)!.index + 1).find((t) => t.text === ',' || t.kind === 'dash' || t.text === ';');
  return next ? next.start : sentence.end;
}

function trimEnd(text: Text, start: number, end: number): number {
  while (end > start && /[\s,.;:!?]/.test(text.norm[end - 1]!)) end--;
  return end;
}

/** Blocked accounts: "blocked the accounts of X", "suspended 212 accounts run by X", "his pages". */
function accountBlock(ctx: Context, sentence: Sentence, verb: Token, nounIndex: number): SanctionEvent[] {
  const { text } = ctx;
  const tokens = text.tokens;
  const authorities = authorityOf(ctx, sentence, verb).filter((a) => isOrganization(ctx, a));
  const exclude = new Set(authorities.map((a) => a.entity));
  let targets: SpeakerRef[] = [];
  // "accounts belonging to X", "accounts of X", "accounts run by X"
  const after = tokens[nounIndex + 1];
  const link = after?.lower === 'belonging' ? 3 : after?.lower === 'of' ? 2 : /^(run|operated|owned|controlled|held|linked)$/.test(after?.lower ?? '') && /^(by|to)$/.test(tokens[nounIndex + 2]?.lower ?? '') ? 3 : 0;
  if (link > 0) targets = targetList(ctx, sentence, nounIndex + link, undefined, exclude);
  if (targets.length === 0) {
    // "X's accounts" / "his pages"
    const owner = ownerBefore(ctx, nounIndex, exclude);
    if (owner) targets = [owner];
  }
  if (targets.length === 0 || authorities.length === 0) return [];
  const end = Math.max(...targets.map((x) => x.end), tokens[nounIndex]!.end);
  return [event(authorities, targets, ['ACCOUNT_BLOCK'], verb, [verb.start, end])];
}

/** The subject of the sanction verb, or the possessor of a nominal ("their disabling"). */
function authorityOf(ctx: Context, sentence: Sentence, verb: Token): SpeakerRef[] {
  const prev = ctx.text.tokens[verb.index - 1];
  // "ordered the platform to take down accounts …": the one who gave the order.
  if (prev?.lower === 'to') {
    const order = sentence.tokens.findLast((t) => t.index < prev.index && prev.index - t.index <= 12 && ORDER_VERB.test(t.lower));
    if (order) return authorityOf(ctx, sentence, order);
  }
  if (prev && /^(their|its)$/.test(prev.lower)) {
    return coordinatedBefore(ctx, prev.start).map((e) => ({ entity: e.id, start: prev.start, end: prev.end }));
  }
  if (prev?.kind === 'possessive') {
    const m = ctx.registry.mentions.find((mm) => mm.last === prev.index - 1);
    return m ? [{ entity: m.entity, start: m.start, end: m.end }] : [];
  }
  const subject = coordinatedSubject(ctx, sentence, verb, []) ?? speakerOf(ctx, sentence, verb);
  return subject.filter((r) => ctx.registry.entities[r.entity]!.type !== 'unnamed');
}

/** "Facebook and Instagram … their": the organizations most recently named together. */
function coordinatedBefore(ctx: Context, offset: number): Entity[] {
  const mentions = ctx.registry.mentions.filter((m) => m.end <= offset);
  for (let i = mentions.length - 1; i > 0; i--) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    const between = ctx.text.norm.slice(a.end, b.start);
    if (/^\s*(?:,|and|&)\s*$|^\s*,?\s*and\s*$/.test(between) && a.entity !== b.entity) {
      const ea = ctx.registry.entities[a.entity]!;
      const eb = ctx.registry.entities[b.entity]!;
      if (ea.type === 'organization' && eb.type === 'organization') return [ea, eb];
    }
  }
  const e = resolvePronoun(ctx, offset, 'organization');
  return e ? [e] : [];
}

/** Measures of one sanction: up to the next sanction verb or the sentence end. */
function measureScopeEnd(text: Text, verb: Token, sentence: Sentence): number {
  for (const t of sentence.tokens) {
    if (t.index <= verb.index) continue;
    if (t.lower === 'and' && IMPOSE.test(text.tokens[t.index + 1]?.lower ?? '')) return t.start;
    if ((DIRECT_SANCTION.test(t.lower) && !/^sanctions?$/.test(t.lower)) || (IMPOSE.test(t.lower) && text.tokens[t.index - 1]?.lower === 'and')) return t.start;
  }
  return sentence.end;
}

/** Where the words reporting the measures end: the sanction noun, else the clause. */
function measureEnd(text: Text, from: number, sentence: Sentence): number {
  const last = sentence.tokens.at(-1)!.index;
  let end = text.tokens[from]!.end;
  for (let k = from; k <= last && k < from + 16; k++) {
    const t = text.tokens[k]!;
    if (t.text === ',' || t.text === ';' || (t.lower === 'and' && k > from + 12)) break;
    if (SANCTION_NOUN.test(t.lower) || /^(assets|funds|freeze|ban)$/.test(t.lower)) end = t.end;
  }
  return end;
}

/** A law named in the sanction's sentence, else the one the article ties to sanctions elsewhere. */
function linkLaws(text: Text, sanctions: SanctionDraft[], laws: Law[]): void {
  if (laws.length === 0) return;
  const sanctionLaws = laws.filter((law) =>
    law.mentions.some(([s]) => {
      const before = text.norm.slice(Math.max(0, s - 120), s);
      return /sanction|blacklist|freeze|ban/i.test(before) && /\b(under|by|of|through|per|pursuant to)\s+(the\s+)?$/.test(before);
    }),
  );
  for (const sanction of sanctions) {
    if (sanction.measures.every((m) => m === 'ACCOUNT_BLOCK')) continue;
    const sentence = text.sentences.find((s) => s.start <= sanction.span[0] && sanction.span[0] < s.end);
    const inSentence = laws.find((l) => l.mentions.some(([s]) => sentence && s >= sentence.start && s < sentence.end));
    const law = inSentence ?? (sanctionLaws.length === 1 ? sanctionLaws[0] : undefined);
    if (law) sanction.legalBasis = law.id;
  }
}
