import {ATTRIBUTING_PHRASES, BELIEVING, FINDING, SAYING} from './speech.data'

/**
 * The one place the engine decides which words report speech, findings or
 * views. Quotations, unsupported claims, weasels and the balance score all
 * ask here, so "tweeted" attributes a quotation exactly when it sources a claim.
 */

/** Every inflected form of a verb entry: base, -s, -ing, past and participle. */
export function verbForms(entry: string): string[] {
  const [base, past, participle] = entry.replace(/^~/, '').split(':')
  const regularPast = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`
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

/** A verb that gives someone a view: saying or believing ("many believe", "critics argue", "observers see"). */
export function isAttributionVerb(word: string): boolean {
  return SAYING_FORMS.has(word) || BELIEVING_FORMS.has(word)
}

/** The attributing words as one expression, for scanning raw text around a quotation. */
export const ATTRIBUTION_PATTERN = new RegExp(
  `\\b(?:${[...SAYING_FORMS, ...ATTRIBUTING_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+'))].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'i'
)
