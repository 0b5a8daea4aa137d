import {cuss} from 'cuss'

/** Words retext-profanities lists that are ordinary words in reporting. */
export const PROFANITY_IGNORE: readonly string[] = ['welfare', 'slave', 'slaves', 'vomit', 'spit', 'spits', 'booty', 'loser', 'executed', 'execution']

/**
 * What retext-profanities is told to ignore: the ordinary words above, and
 * every phrase it would not report at sureness 2 anyway, since its search
 * indexes every phrase it is given on every run.
 */
export const PROFANITY_SEARCH_IGNORE: readonly string[] = [
  ...PROFANITY_IGNORE,
  ...Object.entries(cuss)
    .filter(([, rating]) => rating < 2)
    .map(([phrase]) => phrase)
]

/** The first words of every phrase retext-profanities reports at sureness 2, from its own list (`cuss`). */
const PROFANE_FIRST_WORDS: ReadonlySet<string> = new Set(
  Object.entries(cuss)
    .filter(([, rating]) => rating >= 2)
    .map(([phrase]) => phrase.split(' ')[0].toLowerCase())
)

/** The most words in a phrase retext-profanities reports at sureness 2 (its plurals have as many). */
export const LONGEST_PROFANITY: number = Math.max(
  ...Object.entries(cuss)
    .filter(([, rating]) => rating >= 2)
    .map(([phrase]) => phrase.split(' ').length)
)

/** The first word of a phrase, or a word of the text, as retext-profanities' search compares them (nlcst-normalize). */
export function profanityOpener(words: string): string {
  return words.split(' ', 1)[0].toLowerCase().replace(/[-'’]/g, '')
}

/** Whether a word could start a profanity: its plain, singular or unhyphenated forms are in the list. */
export function isProfanityCandidate(lower: string): boolean {
  // Asked of every word of every lint: the answer for a word is worked out once.
  let answer = candidateAnswers.get(lower)
  if (answer === undefined) {
    answer = PROFANE_FIRST_WORDS.has(lower) || hasProfaneForm(lower)
    if (candidateAnswers.size >= 50_000) candidateAnswers.clear()
    candidateAnswers.set(lower, answer)
  }
  return answer
}

const candidateAnswers = new Map<string, boolean>()

function hasProfaneForm(lower: string): boolean {
  if (!/[s'’-]/.test(lower)) return false
  const bare = lower.replace(/['’-]/g, '')
  return (
    PROFANE_FIRST_WORDS.has(bare) ||
    PROFANE_FIRST_WORDS.has(bare.replace(/e?s$/, '')) ||
    PROFANE_FIRST_WORDS.has(bare.replace(/s$/, ''))
  )
}

/** The forms of "be" after which retext-passive looks for a participle; a sentence without one cannot match. */
const BE_FORMS = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be'])

export function isFormOfBe(lower: string): boolean {
  return BE_FORMS.has(lower)
}

/** Words whose doubling is a slip even in someone's speech: "the the", "to to" (not "very very", "great great"). */
const SLIP_WORDS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'and', 'or', 'but', 'that', 'this',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'it', 'its', 'he',
  'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'if', 'than', 'then', 'there'
])

export function isSlipInSpeech(actual: string): boolean {
  return SLIP_WORDS.has(actual.toLowerCase().split(/\s+/)[0])
}
