import {ATTRIBUTING_PHRASES, BELIEVING, FINDING, JUDGING, SAYING, VIEW_PHRASES} from './speech.data'

/**
 * The one place the engine decides which words report speech, findings or
 * views. Quotations, unsupported claims, weasels and the balance score all
 * ask here, so "tweeted" attributes a quotation exactly when it sources a claim.
 */

/** Every inflected form of a verb entry: base, -s, -ing, past and participle. */
export function verbForms(entry: string): string[] {
  const [base, past, participle] = entry.replace(/^~/, '').split(':')
  const regularPast = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`
  const third = /(?:s|x|z|ch|sh|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`
  const doubled = past && /([bdglmnprt])\1ed$/.test(past) ? past.slice(0, -2) : undefined
  const gerund = doubled
    ? `${doubled}ing`
    : /ie$/.test(base)
      ? `${base.slice(0, -2)}ying`
      : /[^aeioy]e$|ue$/.test(base)
        ? `${base.slice(0, -1)}ing`
        : `${base}ing`
  return [...new Set([base, third, gerund, past ?? regularPast, participle ?? past ?? regularPast])]
}

const formsOf = (entries: readonly string[]) => new Set(entries.flatMap(verbForms))
/** The forms that cannot be read as nouns: "claimed" and "claiming", not "claim" or "claims". */
const unambiguousFormsOf = (entries: readonly string[]) =>
  new Set(entries.flatMap((entry) => (entry.startsWith('~') ? verbForms(entry).slice(2) : verbForms(entry))))

const SAYING_FORMS = formsOf(SAYING)
const BELIEVING_FORMS = formsOf(BELIEVING)
const FINDING_FORMS = formsOf(FINDING)
const JUDGING_FORMS = formsOf(JUDGING)
const REPORTING_FORMS = unambiguousFormsOf([...SAYING, ...FINDING])

/** "said", "tweets", "announcing": a verb that reports words. */
export function isSayingVerb(word: string): boolean {
  return SAYING_FORMS.has(word)
}

/**
 * A verb by which a person, a body or a document is cited: saying or
 * reporting a finding ("the study found"). Without the tagger's word, only
 * forms that cannot be nouns count ("claimed", not "claims").
 */
export function isReportingVerb(word: string, partOfSpeech?: string): boolean {
  if (partOfSpeech === undefined) return REPORTING_FORMS.has(word)
  return partOfSpeech === 'VERB' && (SAYING_FORMS.has(word) || FINDING_FORMS.has(word))
}

/** Whether `isReportingVerb` could take the word as a verb of reporting (with the tagger's VERB): a quick test first. */
export function mayReport(word: string): boolean {
  return SAYING_FORMS.has(word) || FINDING_FORMS.has(word)
}

/** A verb that gives someone a view: saying, believing or judging ("many believe", "critics argue", "observers scoffed"). */
export function isAttributionVerb(word: string): boolean {
  return SAYING_FORMS.has(word) || BELIEVING_FORMS.has(word) || JUDGING_FORMS.has(word)
}

export type AttributionKind = 'saying' | 'believing' | 'judging' | 'finding'

/** Which of the lists a verb form (or its lemma) is on: saying first, then believing, judging and finding. */
export function attributionKind(word: string, lemma = word): AttributionKind | undefined {
  if (SAYING_FORMS.has(word) || SAYING_FORMS.has(lemma)) return 'saying'
  if (BELIEVING_FORMS.has(word) || BELIEVING_FORMS.has(lemma)) return 'believing'
  if (JUDGING_FORMS.has(word) || JUDGING_FORMS.has(lemma)) return 'judging'
  if (FINDING_FORMS.has(word) || FINDING_FORMS.has(lemma)) return 'finding'
  return undefined
}

/** The view phrases by their verb: "take" → [["aim"], ["issue"], ["it", "as"]…]. */
const VIEW_PHRASE_WORDS = new Map<string, string[][]>()
for (const phrase of VIEW_PHRASES) {
  const [verb, ...rest] = phrase.split(' ')
  VIEW_PHRASE_WORDS.set(verb, [...(VIEW_PHRASE_WORDS.get(verb) ?? []), rest])
}

/** Whether a word is the base form of a verb that opens a view phrase ("take", "raise", "point"). */
export function opensViewPhrase(lemma: string): boolean {
  return VIEW_PHRASE_WORDS.has(lemma)
}

/**
 * How many words after a verb complete a phrase that gives a view ("took" +
 * "aim", "raised" + "concerns", "read" + "it as"): 0 when none does. `lemma`
 * is the verb's base form; `next` the lower-case words after it.
 */
export function viewPhraseAfter(lemma: string, next: readonly string[]): number {
  let best = 0
  for (const rest of VIEW_PHRASE_WORDS.get(lemma) ?? []) {
    if (rest.length > best && rest.every((word, index) => next[index] === word)) best = rest.length
  }
  return best
}

/** The attributing words as one expression, for scanning raw text around a quotation. */
export const ATTRIBUTION_PATTERN = new RegExp(
  `\\b(?:${[...SAYING_FORMS, ...ATTRIBUTING_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+'))].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'i'
)
