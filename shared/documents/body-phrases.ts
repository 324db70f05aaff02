import type { Body } from '../schemas';

/** Genitive of the last noun and the article it takes, for the nouns bodies are named with. */
const NOUNS: readonly { ending: string; suffix: string; article: 'des' | 'der' }[] = [
  { ending: 'kreis', suffix: 'es', article: 'des' },
  { ending: 'ausschuss', suffix: 'es', article: 'des' },
  { ending: 'rat', suffix: 'es', article: 'des' },
  { ending: 'büro', suffix: 's', article: 'des' },
  { ending: 'forum', suffix: 's', article: 'des' },
  { ending: 'gremium', suffix: 's', article: 'des' },
  { ending: 'zirkel', suffix: 's', article: 'des' },
  { ending: 'konferenz', suffix: '', article: 'der' },
  { ending: 'gruppe', suffix: '', article: 'der' },
  { ending: 'runde', suffix: '', article: 'der' },
  { ending: 'versammlung', suffix: '', article: 'der' },
];

/** "Regionale" → "Regionalen", "Regionales" → "Regionalen" (weak declension after the article). */
const declineAdjective = (word: string): string => word.replace(/(e|es|er)$/, 'en');

/**
 * The body in the genitive, as used in "Einladung zur 1. Sitzung des Lenkungskreises":
 * "des Lenkungskreises", "der Regionalen Bildungskonferenz", "des Regionalen Bildungsbüros",
 * "des Arbeitskreises Übergang Schule–Beruf". Names it cannot decline are quoted after a noun.
 */
export function bodyGenitive(body: Pick<Body, 'name' | 'kind'>): string {
  const words = body.name.trim().split(/\s+/);
  const nounIndex = words.findIndex((word) => NOUNS.some((n) => word.toLowerCase().endsWith(n.ending)));
  const noun = nounIndex === -1 ? undefined : NOUNS.find((n) => words[nounIndex]!.toLowerCase().endsWith(n.ending));
  const adjectivesOnly = words.slice(0, nounIndex).every((word) => /^[A-ZÄÖÜ][a-zäöüß]+(e|es|er)$/.test(word));
  if (noun && adjectivesOnly) {
    const declined = [...words.slice(0, nounIndex).map(declineAdjective), words[nounIndex] + noun.suffix];
    const rest = words.slice(nounIndex + 1);
    return [noun.article, ...declined, ...rest].join(' ');
  }
  return body.kind === 'arbeitskreis' ? `des Arbeitskreises „${body.name}“` : `des Gremiums „${body.name}“`;
}
