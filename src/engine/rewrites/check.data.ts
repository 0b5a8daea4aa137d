/**
 * Word lists the rewrite check (check.ts) reads. Lower case throughout.
 */

/**
 * Hedges that mark someone else's view or a legal status: deleting one makes
 * the writer assert what the hedge attributed ("the alleged fraud" → "the
 * fraud"), so a rewrite may swap one for another but never drop it.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'supposed', 'supposedly', 'alleged', 'allegedly', 'reportedly', 'reputedly', 'purported', 'purportedly', 'hopefully',
  'apparently', 'ostensibly'
])

/** Legal statuses that are hedges before a noun ("the suspected gunman", "the accused officer"), and plain verbs elsewhere. */
export const ATTRIBUTIVE_HEDGES: ReadonlySet<string> = new Set(['suspected', 'accused'])

/** "so-called" is a hedge when what it labels is a name or a quotation (the label is someone else's); otherwise it is a sneer. */
export const SO_CALLED = /^so[-‐‑]called$/i

/** Words whose deletion turns a statement into its opposite. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'nor', 'neither', 'hardly', 'barely', 'scarcely', 'cannot', 'without'])

/** Lemmas of verbs that take an adjective as their predicate ("is cheap", "looks pathetic"). */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'seem', 'appear', 'look', 'sound', 'feel', 'become', 'remain', 'prove', 'stay', 'grow'])

/** Degree words that, left without the adjective they modified, can go too: "so [many] people" → "people". */
export const REMOVABLE_DEGREE: ReadonlySet<string> = new Set(['so', 'too', 'very', 'quite', 'rather', 'extremely', 'really', 'pretty', 'incredibly', 'truly', 'awfully'])

/** Words that go with a removable degree word: "far too", "much too", "way too". */
export const DEGREE_LEAD: ReadonlySet<string> = new Set(['far', 'much', 'way'])

/** Degree and comparison words a deletion must not strand: "as … as", "the most …", "more … than". */
export const STRANDED_DEGREE: Readonly<Record<string, string>> = {
  as: '“as … as”',
  most: '“the most …”',
  least: '“the least …”',
  more: '“more … than”',
  less: '“less … than”'
}

/** Quantifiers a degree word modifies as it does an adjective: "so many", "too few". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'much', 'few', 'little'])

/** Joining words a sentence cannot end on ("…, so." once what followed is deleted). */
export const DANGLING_ENDS: ReadonlySet<string> = new Set(['so', 'because', 'since', 'although', 'though', 'while', 'if', 'yet', 'than', 'as', 'that', 'whether', 'unless', 'until', 'whereas'])

/** Question words that cannot stand as a predicate after a copula ("is how …"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'when', 'where', 'whether', 'who', 'just'])

/** Determiners that need a noun after them. */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'every', 'each', 'another', 'these', 'those', 'no'])

/** Possessive determiners: like "the", they need the noun after them ("her" may be an object, so it is read from what follows). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'our', 'my', 'your', 'whose'])

/** Words that may stand twice in a row ("had had", "that that"). */
export const GRAMMATICAL_DOUBLES: ReadonlySet<string> = new Set(['had', 'that', 'is'])

/** Forms of "say": a reporting verb that needs what was said, and takes no infinitive. */
export const SAY_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying'])

/**
 * Nouns that say next to nothing without their adjective: "such a [sleazy]
 * place", "is a [wonderful] thing". By lemma.
 */
export const EMPTY_NOUNS: ReadonlySet<string> = new Set([
  'place', 'thing', 'person', 'people', 'man', 'woman', 'guy', 'way', 'time', 'idea', 'situation', 'moment', 'story', 'world', 'kind', 'sort'
])

/**
 * Spelling that misleads a/an. Words starting with a vowel letter but a
 * consonant sound take "a"; those starting with a silent "h" take "an".
 */
export const A_BEFORE_VOWEL = /^(?:uni(?:que|on|t|form|lateral|vers|fic|fy|son|sex|corn|cycl)|us[eu]|uti|ur[aeio]|ubiq|uk|ugand|utopi|eu|ewe|one(?!r)|once|u-)/i
export const AN_BEFORE_CONSONANT = /^(?:hour|honest|honou?r|heir|herb(?:al)?s?$)/i

/** Letters whose name starts with a vowel sound, for initialisms read letter by letter ("an FBI", "a UN"). */
export const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX'
