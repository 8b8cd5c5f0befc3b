// Natural keys: the normalized form of a name under which the database keeps one
// row per person, organization, group or law, whatever the spelling of a mention.

/**
 * Lower case, accents and typographic variants folded, a leading "the" dropped:
 * "the Kremlin" and "Kremlin", "Gazprom’s" and "Gazprom's", "Édouard" and "Edouard"
 * give the same key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
