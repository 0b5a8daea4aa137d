import {WEEKDAYS} from '../reading/claims.data'
import type {Root} from 'nlcst'
import retextPassive from 'retext-passive'
import {VFile} from 'vfile'
import {partOfSpeech, type WordTag} from '../reading/part-of-speech'
import {isInsideQuotation, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {verbForms} from '../reading/speech'
import {BELIEVING, FINDING, SAYING} from '../reading/speech.data'
import {baseForm, capitalize, isPluralPhrase, thirdPersonPresent} from '../rewrites/english'
import {report} from '../rewrites/report'
import {
  ACCOUNTABLE_PARTICIPLES,
  ACCOUNTABLE_PHRASAL,
  ACCOUNTABLE_SUBJECTS,
  ADJECTIVAL_COMPOUND_FIRSTS,
  AGENCY_ADVERBS,
  AGENT_IDENTIFIERS,
  AGENTIVE_COMPOUND_HEADS,
  ATTRIBUTION_NOUNS,
  BACKGROUND_OPENERS,
  BE_FORMS,
  BODY_PARTS,
  CATENATIVE_PARTICIPLES,
  CAUSER_NOUNS,
  CLAUSE_BREAKS,
  CLAUSE_OPENERS,
  CONDITIONALS,
  CRITICISM_PARTICIPLES,
  DECISION_NOUNS,
  ED_ADJECTIVES,
  HABITUAL_ADVERBS,
  HARM_PARTICIPLES,
  HARM_SETTINGS,
  IDIOMATIC_PASSIVES,
  IMPERSONAL_PARTICIPLES,
  INFORMED_PARTICIPLES,
  LOWER_CASE_OPENERS,
  MANY_TIMES,
  MODALS,
  NEGATIONS,
  NOT_AN_AGENT,
  NOT_ATTRIBUTING,
  NOT_IRREGULAR_PARTICIPLES,
  NOUN_ED_HEADS,
  OBJECT_TO_SUBJECT,
  ORIGIN_PARTICIPLES,
  PARTICIPLE_UNLIKE_PAST,
  PASSIVE_GAP_WORDS,
  PERFECT_AUXILIARIES,
  RELATIVE_PRONOUNS,
  ROUTINE_PASSIVES,
  ROUTINE_WHEN_FOLLOWED_BY,
  ROUTINE_WITH_SUBJECT,
  SOURCE_DOCUMENTS,
  SOURCE_PARTICIPLES,
  STATIVE_WITH,
  STRANDED_PREPOSITIONS,
  SUBJECT_TO_OBJECT,
  VAGUE_AGENT_DETERMINERS,
  VAGUE_AGENT_HEADS,
  VAGUE_AGENT_MODIFIERS,
  VERIFICATION_PARTICIPLES,
  VIEW_PARTICIPLES,
  WOUND_PARTICIPLES,
  type BeTense
} from './passive-voice.data'

/** The forms of "be" and their tenses, as a map: asked of every word, where an object's keys would be interned. */
const BE_TENSES: ReadonlyMap<string, BeTense> = new Map(Object.entries(BE_FORMS))

const RULE_ID = 'passive-voice'

export interface PassiveVoiceOptions {
  /**
   * Report every passive, the house style of some desks: routine news
   * passives, passives whose "by" names the actor (with the active rewrite),
   * negated, modal and reported ones. Adjectives that look like participles
   * ("is interested", "is gone") are never passives and stay unreported.
   */
  strict?: boolean
}

const NOTE =
  'A passive leaves out who acted. That is fine when the actor is obvious or beside the point (was arrested, was born, was elected, is scheduled), ' +
  'and when a “by” phrase names the actor; it is a problem when readers need to know who decided, did or said it. ' +
  'The strict style ({"strict": true}) reports every passive.'

/**
 * Passive voice where who acted matters and is missing: "the decision was
 * made", "the tape was released", "it is believed that", or an actor blurred
 * to "one corporate entity". Regular participles are recognised by their
 * -ed ending, irregular ones by retext-passive's list; part-of-speech tags
 * set adjectives ("is interested") apart. Routine news passives, passives
 * whose "by" names the actor, and passives that are someone else's words are
 * left alone unless `strict` is set.
 */
export default function passiveVoice(options?: PassiveVoiceOptions | null) {
  const strict = options?.strict === true
  return function (tree: Root, file: VFile) {
    const sentences = sentencesOf(tree)
    learnIrregularParticiples(sentences)
    for (const sentence of sentences) {
      const {tokens} = sentence
      let tags: ReadonlyArray<WordTag | undefined> | undefined
      const tagsOf = () => (tags ??= partOfSpeech(sentence))
      for (let index = 1; index < tokens.length; index++) {
        if (!participleShape(tokens[index])) continue
        const group = verbGroupEndingAt(tokens, index)
        if (!group) continue
        // Most passives are settled by their words alone; only the others need the tagger.
        if (!strict && isPlainlyLeftAlone(tokens, group)) continue
        const passive = readPassive(sentence, tagsOf(), group)
        if (!passive) continue
        if (isInsideQuotation(file, {start: tokens[group.first].start, end: tokens[group.participle].end})) continue
        const verdict = strict ? strictVerdict(passive) : editorVerdict(passive)
        if (verdict) reportPassive(file, passive, verdict)
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Irregular participles: retext-passive's list, asked through its own plugin.

/** Whether retext-passive lists a word, as it answered for each word asked so far. */
const irregularAnswers = new Map<string, boolean>()
let retextPassiveTransform: ((tree: Root, file: VFile) => void) | undefined

/**
 * Asks retext-passive which of the words after a form of "be" are in its list
 * of irregular participles. Its list is not exported, so each new word is put
 * to the plugin itself in a sentence of its own ("is <word>"); the answers are
 * kept, so a word is asked once per process.
 */
function learnIrregularParticiples(sentences: readonly SentenceTokens[]): void {
  const unknown = new Set<string>()
  for (const {tokens} of sentences) {
    for (let index = 0; index < tokens.length; index++) {
      if (!BE_TENSES.get(tokens[index].lower)) continue
      let cursor = index + 1
      while (cursor < tokens.length && isGapWord(tokens[cursor])) cursor++
      const word = tokens[cursor]?.lower
      if (word && /^[a-z]+$/.test(word) && !word.endsWith('ed') && !irregularAnswers.has(word)) unknown.add(word)
    }
  }
  if (unknown.size === 0) return
  retextPassiveTransform ??= retextPassive() as unknown as (tree: Root, file: VFile) => void
  const word = (value: string) => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  const questions = [...unknown].map((value) => ({
    type: 'SentenceNode',
    children: [word('is'), {type: 'WhiteSpaceNode', value: ' '}, word(value)]
  }))
  const tree = {type: 'RootNode', children: [{type: 'ParagraphNode', children: questions}]} as unknown as Root
  const answers = new VFile()
  retextPassiveTransform(tree, answers)
  for (const value of unknown) irregularAnswers.set(value, false)
  for (const message of answers.messages) if (message.actual) irregularAnswers.set(message.actual.toLowerCase(), true)
}

function isIrregularParticiple(lower: string): boolean {
  return irregularAnswers.get(lower) === true && !NOT_IRREGULAR_PARTICIPLES.has(lower)
}

// ---------------------------------------------------------------------------
// The verb group: a form of "be" (with its auxiliaries) and a participle.

type Tense =
  | 'present'
  | 'past'
  | 'perfect'
  | 'progressive'
  | 'modal'
  | 'modal-perfect'
  | 'infinitive'
  | 'gerund'
  | 'base'

interface VerbGroup {
  /** Token index of the group's first word: a modal, "has", or the form of "be". */
  first: number
  /** Token index of the form of "be" right before the participle (with gap words between). */
  be: number
  participle: number
  tense: Tense
  /** Words inside the group that are not verbs ("all", "now", "not"). */
  gap: WordToken[]
  negated: boolean
}

type ParticipleShape = 'regular' | 'irregular' | 'compound'

/** Whether a word can be a passive participle by its form alone. */
function participleShape(token: WordToken): ParticipleShape | undefined {
  if (token.node.type !== 'WordNode') return
  const lower = token.lower
  if (/^[a-z]+ed$/.test(lower)) return lower.length >= 4 && !ED_ADJECTIVES.has(lower) ? 'regular' : undefined
  if (/^[a-z]+(?:-[a-z]+)+$/.test(lower)) {
    const parts = lower.split('-')
    const last = parts[parts.length - 1]
    if (ADJECTIVAL_COMPOUND_FIRSTS.has(parts[0]) || AGENTIVE_COMPOUND_HEADS.has(last) || NOUN_ED_HEADS.has(last)) return
    return (/ed$/.test(last) && last.length >= 4 && !ED_ADJECTIVES.has(last)) || isIrregularParticiple(last)
      ? 'compound'
      : undefined
  }
  return isIrregularParticiple(lower) ? 'irregular' : undefined
}

function isGapWord(token: WordToken | undefined): boolean {
  if (token?.node.type !== 'WordNode') return false
  return PASSIVE_GAP_WORDS.has(token.lower) || (/ly$/.test(token.lower) && token.lower.length > 4)
}

/** Walks back from `from` over up to four gap words; returns the index of the first word before them and the gap. */
function backOverGap(tokens: WordToken[], from: number): {at: number; gap: WordToken[]} {
  const at = beforeGap(tokens, from)
  return {at, gap: tokens.slice(at + 1, from + 1)}
}

function beforeGap(tokens: readonly WordToken[], from: number): number {
  let at = from
  while (at >= 0 && from - at < 4 && isGapWord(tokens[at])) at--
  return at
}

function verbGroupEndingAt(tokens: WordToken[], participle: number): VerbGroup | undefined {
  // Every word ending in -ed comes here: nothing is built until a form of "be" is found before it.
  const be = beforeGap(tokens, participle - 1)
  const beToken = tokens[be]
  if (beToken?.node.type !== 'WordNode') return
  const form = BE_TENSES.get(beToken.lower)
  if (!form) return
  const gap = tokens.slice(be + 1, participle)

  let first = be
  let tense: Tense
  const allGap = [...gap]
  const extend = (index: number, more: WordToken[]) => {
    first = index
    allGap.unshift(...more)
  }
  switch (form) {
    case 'present':
    case 'past':
      tense = form
      // "if it were frozen": a singular subject with "were" is the subjunctive, a supposition.
      if (beToken.lower === 'were' && ['it', 'he', 'she', 'i'].includes(tokens[be - 1]?.lower ?? '')) tense = 'base'
      break
    case 'progressive': {
      const back = backOverGap(tokens, be - 1)
      const before = tokens[back.at]
      const finite = before ? BE_TENSES.get(before.lower) : undefined
      if (finite === 'present' || finite === 'past') {
        extend(back.at, back.gap)
        tense = 'progressive'
      } else tense = 'gerund'
      break
    }
    case 'perfect': {
      const back = backOverGap(tokens, be - 1)
      const auxiliary = tokens[back.at]
      tense = 'perfect'
      if (auxiliary && PERFECT_AUXILIARIES.has(auxiliary.lower)) {
        extend(back.at, back.gap)
        if (auxiliary.lower === 'having') tense = 'gerund'
        else if (auxiliary.lower === 'have') {
          const further = backOverGap(tokens, back.at - 1)
          const modal = tokens[further.at]
          if (modal && MODALS.has(modal.lower)) {
            extend(further.at, further.gap)
            // "would have been avoided" is a counterfactual; "might have been moved" is a guess about what happened.
            tense = /^would|'d$/.test(modal.lower) ? 'modal' : 'modal-perfect'
          } else if (modal?.lower === 'to') tense = 'infinitive'
        }
      }
      break
    }
    case 'base': {
      const back = backOverGap(tokens, be - 1)
      const before = tokens[back.at]
      if (before && MODALS.has(before.lower)) {
        extend(back.at, back.gap)
        tense = 'modal'
      } else tense = before?.lower === 'to' ? 'infinitive' : 'base'
      break
    }
  }
  const groupWords = tokens.slice(first, participle)
  const negated =
    allGap.some((word) => NEGATIONS.has(word.lower)) ||
    groupWords.some((word) => /n't$/.test(word.lower) || word.lower === 'cannot')
  return {first, be, participle, tense, gap: allGap, negated}
}

// ---------------------------------------------------------------------------
// What the sentence says about the passive.

interface Agent {
  /** "by" */
  by: number
  /** Token indexes of the noun phrase after "by" (empty when it is not a clean noun phrase). */
  words: WordToken[]
  start: number
  end: number
  text: string
  /** Right after the participle, so an active rewrite can move it. */
  adjacent: boolean
  /** The phrase ends cleanly (punctuation, a preposition, the end): a rewrite may use it. */
  clean: boolean
  /** The phrase is followed by a verb: clean only at the end of a relative clause ("a deal that was approved by regulators closed"). */
  verbAfter: boolean
  vague: boolean
}

interface Passive {
  sentence: SentenceTokens
  tokens: WordToken[]
  tags: ReadonlyArray<WordTag | undefined>
  group: VerbGroup
  participle: WordToken
  shape: ParticipleShape
  agent?: Agent
}

const NP_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'])
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
const JOINERS = new Set(['’', "'", '&', '-', '.'])

/** Reads the participle: undefined when it is an adjective or a state, not a passive. */
function readPassive(
  sentence: SentenceTokens,
  tags: ReadonlyArray<WordTag | undefined>,
  group: VerbGroup
): Passive | undefined {
  const {tokens} = sentence
  const participle = tokens[group.participle]
  const shape = participleShape(participle)!
  const tag = tags[group.participle]
  const next = tokens[group.participle + 1]
  // The tagger knows lexical adjectives ("is interested", "is unemployed"), but also tags some verbs ADJ ("shredded").
  if (tag && tag.pos !== 'VERB' && !(tag.pos === 'ADJ' && readsAsVerb(tokens, group))) return
  // "is rooted in", "was focused on": a state, not an act.
  if (next && STATIVE_WITH[participle.lower]?.includes(next.lower)) return
  // "is used to the cold" (accustomed), unlike "was used to buy arms".
  if (
    participle.lower === 'used' &&
    next?.lower === 'to' &&
    !['VERB', 'AUX'].includes(tags[group.participle + 2]?.pos ?? '')
  )
    return
  // "That being said", "this being done": an absolute phrase, not a clause.
  if (group.tense === 'gerund' && ['that', 'this', 'which'].includes(tokens[group.be - 1]?.lower ?? '')) return
  const agent = findAgent(tokens, tags, group.participle)
  const passive: Passive = {sentence, tokens, tags, group, participle, shape, agent}
  return isIdiom(passive) ? undefined : passive
}

const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'over', 'back', 'aside'])
const TIME_WORDS = new Set([
  'before',
  'after',
  'during',
  'since',
  'until',
  'overnight',
  'yesterday',
  'today',
  'earlier',
  'later',
  'last',
  ...WEEKDAYS,
  'twice',
  'again'
])

/**
 * Whether a participle the tagger calls an adjective is still a verb here:
 * in a perfect or progressive passive ("has been twisted", "is being
 * rounded up"), before a particle or a "by" agent ("worn down", "populated
 * by"), or before a time ("was unsealed Thursday", "shredded before the
 * audit"). An un- adjective ("unemployed", "uninformed") never is.
 */
function readsAsVerb(tokens: WordToken[], group: VerbGroup): boolean {
  const participle = tokens[group.participle].lower
  if (/^un/.test(participle) || ED_ADJECTIVES.has(participle)) return false
  const next = tokens[group.participle + 1]?.lower ?? ''
  if (next === 'by' || PARTICLES.has(next) || TIME_WORDS.has(next)) return true
  return group.tense === 'perfect' || group.tense === 'progressive' || group.tense === 'modal-perfect'
}

/**
 * The "by" phrase naming who acted, anywhere in the participle's clause
 * ("was put up for auction by the family", "had been handed over to police by
 * a neighbour"), unless it says how or when ("by far", "by 2030", "by phone").
 */
function findAgent(
  tokens: WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  participle: number
): Agent | undefined {
  for (let cursor = participle + 1; cursor < tokens.length && cursor <= participle + 12; cursor++) {
    const token = tokens[cursor]
    const tag = tags[cursor]
    if (token.node.type !== 'WordNode') {
      if (/^[“”"‘’'«»()-]$/.test(token.text)) continue
      return
    }
    if (CLAUSE_BREAKS.has(token.lower) || tag?.pos === 'AUX') return
    if ((token.lower === 'and' || token.lower === 'or') && !participleShape(tokens[cursor + 1] ?? token)) return
    // "at the request of city officials", "on the orders of the governor": the causer, named as "by" would.
    if (
      token.lower === 'of' &&
      CAUSER_NOUNS.has(tokens[cursor - 1]?.lower ?? '') &&
      ['at', 'on', 'under', 'upon'].includes(
        tokens[cursor - 2]?.lower === 'the' ? (tokens[cursor - 3]?.lower ?? '') : (tokens[cursor - 2]?.lower ?? '')
      )
    ) {
      const causer = agentAfter(tokens, tags, cursor, false)
      if (causer) return causer
    }
    if (token.lower !== 'by') continue
    // "one by one", "step by step": not an agent.
    if (tokens[cursor - 1]?.lower === tokens[cursor + 1]?.lower) continue
    const agent = agentAfter(tokens, tags, cursor, cursor === participle + 1)
    if (agent) return agent
  }
}

function agentAfter(
  tokens: WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  by: number,
  adjacent: boolean
): Agent | undefined {
  const firstWord = tokens[by + 1]
  const firstTag = tags[by + 1]
  if (
    firstWord?.node.type !== 'WordNode' ||
    /^\d+$|^\d+(?:[.,:]\d+)+$|^\d+(?:s|th|st|nd|rd|%|am|pm)$/.test(firstWord.lower)
  )
    return
  if (NOT_AN_AGENT.has(firstWord.lower) || /ing$/.test(firstWord.lower) || (firstTag && !NP_TAGS.has(firstTag.pos)))
    return

  // The noun phrase: determiners, adjectives and nouns, "of" + another noun phrase, joined by ’s, & and hyphens.
  const words: WordToken[] = []
  let sawNoun = false
  let cursor = by + 1
  for (; cursor < tokens.length && words.length < 10; cursor++) {
    const token = tokens[cursor]
    const pos = tags[cursor]?.pos
    if (token.node.type !== 'WordNode') {
      if (
        JOINERS.has(token.text) &&
        words.length > 0 &&
        tokens[cursor + 1]?.start === token.end &&
        token.start === words[words.length - 1].end
      ) {
        words.push(token)
        continue
      }
      break
    }
    if (
      token.lower === 'of' &&
      sawNoun &&
      ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tags[cursor + 1]?.pos ?? '')
    ) {
      words.push(token)
      sawNoun = false
      continue
    }
    if (pos === 'PART' && /^['’]s?$|['’]s$/.test(token.lower)) {
      words.push(token)
      continue
    }
    // A participle modifying the noun after it ("the revolving door", "the ruling party") is part of the phrase.
    const modifiesNext =
      pos === 'VERB' &&
      /(?:ing|ed)$/.test(token.lower) &&
      !sawNoun &&
      words.length > 0 &&
      ['NOUN', 'PROPN'].includes(tags[cursor + 1]?.pos ?? '')
    if (!modifiesNext && (!pos || !NP_TAGS.has(pos))) break
    if ((pos === 'DET' || pos === 'NUM') && sawNoun) break
    if (
      pos === 'PRON' &&
      words.length > 0 &&
      !/^(?:his|her|its|their|our|my|your)$/.test(words[words.length - 1].lower)
    )
      break
    words.push(token)
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') sawNoun = true
  }
  const isHead = (word: WordToken) =>
    HEAD_TAGS.has(tags[tokens.indexOf(word)]?.pos ?? '') || /^\d+-\w+-old$|-olds?$/.test(word.lower)
  while (words.length > 0 && !isHead(words[words.length - 1])) words.pop()
  if (words.length === 0) {
    // "by some", "by others": a lone determiner is still an agent, a vague one ("by some 20 percent" is not).
    if (
      !['some', 'others', 'many', 'several', 'someone', 'somebody', 'those'].includes(firstWord.lower) ||
      /^\d/.test(tokens[by + 2]?.lower ?? '')
    )
      return
    words.push(firstWord)
  }
  const head = words[words.length - 1].lower
  if (NOT_AN_AGENT.has(head)) return
  const after = tokens[tokens.indexOf(words[words.length - 1]) + 1]
  const afterTag = after ? tags[tokens.indexOf(after)] : undefined
  const clean =
    !after ||
    (after.node.type !== 'WordNode' && /^[.,;:!?)—–]$/.test(after.text)) ||
    (after.node.type === 'WordNode' &&
      (afterTag?.pos === 'ADP' || afterTag?.pos === 'SCONJ') &&
      after.lower !== 'of' &&
      !RELATIVE_PRONOUNS.has(after.lower))
  const text = joinLikeSource(
    words,
    words.map((word) => word.text)
  )
  const verbAfter = afterTag?.pos === 'VERB' || afterTag?.pos === 'AUX'
  return {
    by,
    words,
    start: words[0].start,
    end: words[words.length - 1].end,
    text,
    adjacent,
    clean,
    verbAfter,
    vague: isVague(words, after)
  }
}

/** "one corporate entity", "an unnamed buyer", "some": an actor mentioned without being named. */
function isVague(words: WordToken[], after: WordToken | undefined): boolean {
  if (after && (AGENT_IDENTIFIERS.has(after.lower) || after.text === '(')) return false
  if (words.some((word) => VAGUE_AGENT_MODIFIERS.has(word.lower))) return true
  const head = words[words.length - 1].lower
  if (words.length === 1)
    return ['some', 'others', 'someone', 'somebody', 'sources', 'insiders', 'elements', 'forces', 'interests'].includes(
      head
    )
  return (
    VAGUE_AGENT_DETERMINERS.has(words[0].lower) &&
    VAGUE_AGENT_HEADS.has(head) &&
    !words.some((word) => /^[A-Z]/.test(word.text) && word !== words[0])
  )
}

const ROUTINE: ReadonlySet<string> = new Set(Object.values(ROUTINE_PASSIVES).flat())
/** Routine for people ("was transferred", "was assigned"), not for money or records ("the funds were transferred"). */
const PERSONNEL: ReadonlySet<string> = new Set(ROUTINE_PASSIVES['office, work and family'])

/** Whether the participle is a routine news passive by its verb, given what it is done to. */
function isRoutineVerb(tokens: WordToken[], group: VerbGroup): boolean {
  const lower = tokens[group.participle].lower
  if (!ROUTINE.has(lower)) return false
  return !PERSONNEL.has(lower) || !subjectHeads(tokens, group).some((head) => ACCOUNTABLE_SUBJECTS.has(head))
}

const PARTITIVES: ReadonlySet<string> = new Set([
  'some',
  'all',
  'most',
  'many',
  'much',
  'part',
  'parts',
  'portion',
  'half',
  'none',
  'each',
  'one',
  'several',
  'lots',
  'bulk',
  'majority',
  'share',
  'rest',
  'remainder',
  'any',
  'millions',
  'billions',
  'thousands',
  'hundreds',
  'dozens'
])

/**
 * The head words of the passive's subject, lower-cased: its last word ("the
 * man's political contributions" → "contributions"), and in "X of Y" also X
 * ("the price of the tickets" → "price") unless X only counts ("some of these funds").
 */
function subjectHeads(tokens: WordToken[], group: VerbGroup): string[] {
  const words = (findSubject(tokens, group.first)?.words ?? []).filter((word) => word.node.type === 'WordNode')
  if (words.length === 0) return []
  const heads = [words[words.length - 1].lower]
  const of = words.findIndex((word) => word.lower === 'of')
  if (of > 0 && !PARTITIVES.has(words[of - 1].lower)) heads.push(words[of - 1].lower)
  return heads
}

/** Whether the words after the participle start with one of `phrases`. */
function isFollowedBy(passive: Passive, phrases: readonly string[] | undefined): boolean {
  if (!phrases) return false
  const after = passive.tokens
    .slice(passive.group.participle + 1, passive.group.participle + 5)
    .map((token) => token.lower)
    .join(' ')
  return phrases.some((phrase) => after === phrase || after.startsWith(`${phrase} `))
}

/**
 * Whether the participle, with the words around it, is a routine news
 * passive ("was arrested", "was found guilty", "the charges were dropped",
 * "was made in Ohio") or a habit rather than an event ("were often sold").
 */
function isRoutine(passive: Passive): boolean {
  const lower = passive.participle.lower
  if (isRoutineVerb(passive.tokens, passive.group) || isFollowedBy(passive, ROUTINE_WHEN_FOLLOWED_BY[lower]))
    return true
  if (passive.group.gap.some((word) => HABITUAL_ADVERBS.has(word.lower))) return true
  const routines = ROUTINE_WITH_SUBJECT.filter(({participles}) => participles.includes(lower))
  if (routines.length > 0) {
    const subject = findSubject(passive.tokens, passive.group.first)
    const head = subject?.words.filter((word) => word.node.type === 'WordNode').pop()
    if (head && routines.some(({subjects}) => subjects.includes(head.lower))) return true
  }
  const [next, place] = [nextWord(passive), nextWord(passive, 2)]
  if (ORIGIN_PARTICIPLES.has(lower) && next?.lower === 'in' && place !== undefined && /^[A-Z]/.test(place.text))
    return true
  return isWound(passive) || isTakenToHospital(passive)
}

/** "was shot in the chest", "was hit over the head": an injury, told by where it landed. */
function isWound(passive: Passive): boolean {
  if (!WOUND_PARTICIPLES.has(passive.participle.lower)) return false
  const words = passive.tokens
    .slice(passive.group.participle + 1, passive.group.participle + 5)
    .map((token) => token.lower)
  if (!['in', 'on', 'over', 'across', 'through', 'to'].includes(words[0] ?? '')) return false
  return words.slice(1).some((word) => BODY_PARTS.has(word))
}

/** "was taken aback", "was put on hold", "was left unlocked": a set phrase or a state, not an act on the subject. */
function isIdiom(passive: Passive): boolean {
  if (isFollowedBy(passive, IDIOMATIC_PASSIVES[passive.participle.lower])) return true
  const next = nextWord(passive)
  const pos = passive.tags[passive.group.participle + 1]?.pos
  return passive.participle.lower === 'left' && next !== undefined && (pos === 'ADJ' || /^un\w+ed$/.test(next.lower))
}

function nextWord(passive: Passive, offset = 1): WordToken | undefined {
  return passive.tokens[passive.group.participle + offset]
}

/** Whether a "to"-infinitive follows the participle, perhaps after a short phrase ("was ordered in November to process"). */
function hasInfinitiveAfter(passive: Passive): boolean {
  const {tokens, tags, group} = passive
  for (let cursor = group.participle + 1; cursor < tokens.length && cursor <= group.participle + 5; cursor++) {
    if (tokens[cursor].node.type !== 'WordNode') return false
    if (tokens[cursor].lower !== 'to') continue
    let verb = cursor + 1
    while (tags[verb]?.pos === 'ADV') verb++
    return tags[verb]?.pos === 'VERB' || tags[verb]?.pos === 'AUX'
  }
  return false
}

/** "is expected to", "was forced to resign": the subject's next act is the point. */
function isCatenative(passive: Passive): boolean {
  return CATENATIVE_PARTICIPLES.has(passive.participle.lower) && hasInfinitiveAfter(passive)
}

/** "is said to", "is believed to be": a view given to no one. */
function isViewTo(passive: Passive): boolean {
  return (
    VIEW_PARTICIPLES.has(passive.participle.lower) && nextWord(passive)?.lower === 'to' && hasInfinitiveAfter(passive)
  )
}

/** "was taken to the county hospital", "was rushed to hospital": care, not an act to attribute. */
function isTakenToHospital(passive: Passive): boolean {
  if (
    !['taken', 'brought', 'sent', 'flown', 'driven', 'carried'].includes(passive.participle.lower) ||
    nextWord(passive)?.lower !== 'to'
  )
    return false
  return passive.tokens
    .slice(passive.group.participle + 2, passive.group.participle + 7)
    .some((token) => /^(?:hospital|clinic|infirmary|morgue|er)$/.test(token.lower))
}

/** "it was announced (today) that", "it is believed that": a view or decision given to no one. */
function isImpersonal(passive: Passive): boolean {
  const {tokens, group} = passive
  const subject = tokens[group.first]
  const before = tokens[group.first - 1]
  const isIt = subject.lower === "it's" || before?.lower === 'it'
  if (!isIt || !IMPERSONAL_PARTICIPLES.has(passive.participle.lower)) return false
  // "it's said she poisoned him", "it was reported the firm had closed": the "that" left out.
  const next = group.participle + 1
  if (
    VIEW_PARTICIPLES.has(passive.participle.lower) &&
    ['PRON', 'PROPN', 'DET'].includes(passive.tags[next]?.pos ?? '')
  )
    return true
  for (let cursor = group.participle + 1; cursor < tokens.length && cursor <= group.participle + 4; cursor++) {
    if (tokens[cursor].lower === 'that') return true
    if (/^[.;:!?]$/.test(tokens[cursor].text)) return false
  }
  return false
}

/** "officers who were charged", "a group that is funded", "whose husband had been pardoned", "the car he had been put in." */
function isInRelativeClause(passive: Passive): boolean {
  const {tokens, group} = passive
  const before = tokens[group.first - 1]
  const beforeThat = tokens[group.first - 2]
  if (before && RELATIVE_PRONOUNS.has(before.lower)) {
    // A sentence-initial "That was decided" is a subject, not a relative pronoun.
    return before.lower !== 'that' || (beforeThat !== undefined && beforeThat.node.type === 'WordNode')
  }
  const subject = findSubject(tokens, group.first)
  if (subject?.words[0]?.lower === 'whose') return true
  const next = nextWord(passive)
  const afterNext = nextWord(passive, 2)
  // parse-english may read a final "in." as an abbreviation: the full stop then sits inside the word.
  if (next?.lower.endsWith('.') && STRANDED_PREPOSITIONS.has(next.lower.slice(0, -1))) return true
  return (
    next !== undefined &&
    STRANDED_PREPOSITIONS.has(next.lower) &&
    (afterNext === undefined || /^[.,;:!?]$/.test(afterNext.text))
  )
}

/** "No action has been taken", "Nothing was said", "Not all details were released": the subject negates the act. */
function hasNegativeSubject(passive: Passive): boolean {
  const subject = findSubject(passive.tokens, passive.group.first)
  return (
    subject !== undefined &&
    ['no', 'nothing', 'none', 'nobody', 'neither', 'nor', 'not'].includes(subject.words[0]?.lower ?? '')
  )
}

/** Forms of the verbs in reading/speech.data.ts that put a clause in someone's mouth; `true` for forms that need the tagger's VERB ("claims"). */
const ATTRIBUTING_FORMS: ReadonlyMap<string, boolean> = (() => {
  const forms = new Map<string, boolean>()
  for (const entry of [...SAYING, ...FINDING, ...BELIEVING]) {
    const all = verbForms(entry)
    if (NOT_ATTRIBUTING.has(all[0])) continue
    all.forEach((form, index) => {
      // The base form is also a noun or an infinitive too often ("the state", "to say"); so are the -s forms of nouns ("claims").
      const ambiguous = index === 0 || (entry.startsWith('~') && index < 2)
      if (!forms.has(form) || !ambiguous) forms.set(form, ambiguous)
    })
  }
  return forms
})()

function isAttributingVerb(passive: Passive, index: number): boolean {
  const token = passive.tokens[index]
  // "pointed out" attributes where "pointed" alone does not.
  if (/^point(?:s|ed|ing)?$/.test(token.lower) && passive.tokens[index + 1]?.lower === 'out') return true
  const needsVerbTag = ATTRIBUTING_FORMS.get(token.lower)
  if (needsVerbTag === undefined) return false
  const pos = passive.tags[index]?.pos
  if (pos === 'AUX' || pos === 'ADP' || pos === 'DET' || pos === 'ADJ' || (needsVerbTag && pos !== 'VERB')) return false
  // A passive of saying ("was told", "is said") is not someone saying it.
  const back = backOverGap(passive.tokens, index - 1)
  return !BE_TENSES.get(passive.tokens[back.at]?.lower ?? '')
}

/**
 * The passive is in words reported from someone: after "X said (that)",
 * "the paper reported", "she believes", before ", X said", or with
 * "according to". The omission is then the source's, not the writer's.
 */
function isReported(passive: Passive): boolean {
  const {tokens, group} = passive
  for (let index = 0; index < tokens.length - 1; index++) {
    if (tokens[index].lower === 'according' && tokens[index + 1].lower === 'to') return true
  }
  for (let index = group.first - 1; index >= 0; index--) {
    const token = tokens[index]
    if (/^[;:]$/.test(token.text)) break
    if (['but', 'yet', 'and', 'or', 'so'].includes(token.lower) && tokens[index - 1]?.text === ',') break
    if (isAttributingVerb(passive, index)) return true
    // "his claims that ...", "the assertion on CNN that ...": the clause is the claim.
    if (
      token.lower === 'that' &&
      tokens.slice(Math.max(0, index - 4), index).some((word) => ATTRIBUTION_NOUNS.has(word.lower))
    )
      return true
  }
  // ", Tarar said, ..." / ", she said after ..." / ", said a spokesman."
  for (let comma = group.participle + 1; comma < tokens.length; comma++) {
    if (/^[;:]$/.test(tokens[comma].text)) return false
    if (tokens[comma].text !== ',') continue
    for (let index = comma + 1; index < tokens.length && index <= comma + 7; index++) {
      const token = tokens[index]
      if (token.node.type !== 'WordNode') break
      if (!ATTRIBUTING_FORMS.has(token.lower) || !/(?:ed|id|old|ote|s)$/.test(token.lower)) continue
      const after = tokens[index + 1]
      const pos = after ? passive.tags[index + 1]?.pos : undefined
      if (
        after?.node.type !== 'WordNode' ||
        pos === 'ADP' ||
        pos === 'SCONJ' ||
        pos === 'PROPN' ||
        pos === 'DET' ||
        pos === 'ADV'
      )
        return true
    }
  }
  return false
}

/**
 * Whether the editor's verdict is "leave it" without reading tags: a "by"
 * phrase that names someone (no placeholder in sight), or, with no "by", a
 * negated, non-finite or routine passive. Sentences settled here are never
 * tagged, which keeps long articles fast. Anything that could be a view
 * ("it is said that") or a blurred actor goes on to the full reading.
 */
function isPlainlyLeftAlone(tokens: WordToken[], group: VerbGroup): boolean {
  const participle = tokens[group.participle].lower
  const next = tokens[group.participle + 1]?.lower
  if (IMPERSONAL_PARTICIPLES.has(participle) || (VIEW_PARTICIPLES.has(participle) && next === 'to')) return false
  for (let cursor = group.participle + 1; cursor < tokens.length && cursor <= group.participle + 12; cursor++) {
    const token = tokens[cursor]
    if (token.node.type !== 'WordNode') {
      if (/^[“”"‘’'«»()-]$/.test(token.text)) continue
      break
    }
    if (
      CLAUSE_BREAKS.has(token.lower) ||
      BE_TENSES.get(token.lower) ||
      MODALS.has(token.lower) ||
      PERFECT_AUXILIARIES.has(token.lower)
    )
      break
    if (token.lower !== 'by' && token.lower !== 'of') continue
    const words = tokens.slice(cursor + 1, cursor + 7).map((word) => word.lower)
    if (
      words.some(
        (word) => VAGUE_AGENT_DETERMINERS.has(word) || VAGUE_AGENT_HEADS.has(word) || VAGUE_AGENT_MODIFIERS.has(word)
      )
    )
      return false
    const first = words[0] ?? ''
    if (
      token.lower === 'by' &&
      tokens[cursor - 1]?.lower !== first &&
      /^[a-z]/.test(first) &&
      !NOT_AN_AGENT.has(first) &&
      !/ing$/.test(first)
    )
      return true
  }
  if (group.negated) return true
  return (
    !['present', 'past', 'perfect', 'progressive', 'modal-perfect'].includes(group.tense) ||
    isRoutineVerb(tokens, group)
  )
}

// ---------------------------------------------------------------------------
// Verdicts: whether to report, and why.

type Reason = 'view' | 'source' | 'harm' | 'actor' | 'vague' | 'named'

interface Verdict {
  reason: Reason
  /** How likely an editor is to ask "by whom?"; left out in the strict style, which wants every passive. */
  confidence?: number
}

/**
 * Confidence by evidence. At or above 0.5 a finding shows at the default
 * sensitivity, from 0.25 at thorough. Most agentless passives in news
 * describe a process, a state or a routine act ("jobs are being created",
 * "the hashtag was added"): they start low. Information with a hidden source
 * and acts of decision, responsibility or wrongdoing start high.
 */
const CONFIDENCE = {
  /** "it is believed that", "is said to", "it was announced that". */
  view: 0.8,
  /** "by one corporate entity". */
  vague: 0.8,
  /** "we are told", "I have been informed": the writer's own source, hidden. */
  informed: 0.8,
  /** "the tape was released", "the memo was leaked". */
  source: 0.75,
  /** "the decision was made", "the files were shredded", "funds were diverted", "is being framed as". */
  accountable: 0.7,
  /** "has been debunked", "was proven false": whose verdict? */
  verification: 0.7,
  /** "are being pilloried", "has been condemned": a judgement with no one behind it. */
  criticism: 0.65,
  /** Harm at a rally, to a journalist, in custody; or any act done "quietly", "illegally", "mysteriously". */
  pointed: 0.6,
  /** "was stabbed", "were shot": in a crime report the attacker is often simply unknown. */
  harm: 0.45,
  /** Any other act: a process, a description, a state, an obvious actor. */
  plain: 0.4,
  /** A view in a modal ("it should be noted that", "it can be argued that"): the writer's aside, which other rules judge. */
  modalView: 0.4
} as const

/** The editor's default: only where who acted matters and is missing or blurred. */
function editorVerdict(passive: Passive): Verdict | undefined {
  const {group, agent} = passive
  if (isImpersonal(passive) || (isViewTo(passive) && !isReported(passive)))
    return {reason: 'view', confidence: viewConfidence(passive)}
  if (agent) return agent.vague && !isReported(passive) ? {reason: 'vague', confidence: CONFIDENCE.vague} : undefined
  if (!['present', 'past', 'perfect', 'progressive', 'modal-perfect'].includes(group.tense)) return
  if (group.negated || hasNegativeSubject(passive)) return
  if (isRoutine(passive) || isCatenative(passive) || isInRelativeClause(passive) || isReported(passive)) return
  return judge(passive)
}

/** Every passive, with the agent's rewrite when there is one. */
function strictVerdict(passive: Passive): Verdict {
  if (isImpersonal(passive) || isViewTo(passive)) return {reason: 'view'}
  if (passive.agent) return {reason: passive.agent.vague ? 'vague' : 'named'}
  return {reason: reasonOf(passive)}
}

function reasonOf(passive: Passive): Reason {
  const lower = passive.participle.lower
  if (SOURCE_PARTICIPLES.has(lower)) return 'source'
  if (HARM_PARTICIPLES.has(lower) || HARM_PARTICIPLES.has(lower.split('-').pop()!)) return 'harm'
  return 'actor'
}

/** A view given to no one is worth asking about, unless the sentence names its document or it is the writer's own aside. */
function viewConfidence(passive: Passive): number {
  const {group, participle} = passive
  if (group.tense === 'modal' || group.tense === 'infinitive' || group.tense === 'base') return CONFIDENCE.modalView
  // "the Sixth Amendment has been understood to require": an interpretation handed down, not a source kept back.
  if (participle.lower === 'understood' && group.tense !== 'present') return CONFIDENCE.plain
  if (namesSourceDocument(passive)) return CONFIDENCE.plain
  // "if it is established that": a supposition, not a view anyone holds.
  return isConditional(passive) ? CONFIDENCE.plain : CONFIDENCE.view
}

const ACCOUNTABLE: ReadonlySet<string> = new Set(Object.values(ACCOUNTABLE_PARTICIPLES).flat())

/** How an agentless passive that passed the editor's filters is judged: its reason and its confidence. */
function judge(passive: Passive): Verdict {
  const {group, participle} = passive
  const lower = participle.lower
  const last = lower.split('-').pop()!
  const heads = subjectHeads(passive.tokens, group)
  const subject = heads[0]
  const personal = subject === 'i' || subject === 'we' || subject === 'you'
  let reason = reasonOf(passive)
  let confidence: number
  let generic = 0.15
  if (INFORMED_PARTICIPLES.has(lower) && (subject === 'i' || subject === 'we')) {
    reason = 'source'
    confidence = CONFIDENCE.informed
    generic = 0
  } else if (VERIFICATION_PARTICIPLES.has(lower)) {
    reason = 'source'
    confidence = CONFIDENCE.verification
  } else if (reason === 'source') {
    // "the man was told what he had left": someone told something, no source kept back.
    confidence = INFORMED_PARTICIPLES.has(lower) ? CONFIDENCE.harm : CONFIDENCE.source
    // "the blotter is published weekly": a practice, not a release.
    generic = 0.3
  } else if (CRITICISM_PARTICIPLES.has(lower)) {
    reason = 'view'
    confidence = CONFIDENCE.criticism
  } else if (isAccountable(passive, last, heads)) {
    confidence = CONFIDENCE.accountable
  } else if (reason === 'harm') {
    confidence = inHarmSetting(passive) ? CONFIDENCE.pointed : CONFIDENCE.harm
  } else confidence = CONFIDENCE.plain
  if (hasAgencyAdverb(passive)) confidence = Math.max(confidence, CONFIDENCE.pointed)

  // What makes the passive a description, a habit or a supposition rather than an act kept anonymous.
  if (isSimplePresent(passive)) confidence -= generic
  if (isConditional(passive)) confidence -= 0.3
  // "after the video was released": a source kept back is still kept back in a clause that sets the scene.
  else if (reason !== 'source' && BACKGROUND_OPENERS.has(clauseOpener(passive) ?? '')) confidence -= 0.15
  if (group.tense === 'modal-perfect') confidence -= 0.1
  if (isActOfMany(passive)) confidence -= 0.3
  // "I was being filmed", "you are presented a choice": an experience told, not an act kept anonymous.
  if (personal && reason !== 'source') confidence -= 0.15
  return {reason, confidence: Math.max(0.05, Math.round(confidence * 100) / 100)}
}

/** An act of decision, responsibility or wrongdoing, by its verb, its particle or what it is done to. */
function isAccountable(passive: Passive, last: string, heads: readonly string[]): boolean {
  const lower = passive.participle.lower
  if (ACCOUNTABLE.has(lower) || ACCOUNTABLE.has(last)) return true
  if (isFollowedBy(passive, ACCOUNTABLE_PHRASAL[lower])) return true
  if ((lower === 'made' || lower === 'taken') && heads.some((head) => DECISION_NOUNS.has(head))) return true
  return heads.some((head) => ACCOUNTABLE_SUBJECTS.has(head))
}

/** Harm in public life: at a rally, to a journalist or a protester, in custody. */
function inHarmSetting(passive: Passive): boolean {
  return passive.tokens.some((token) => HARM_SETTINGS.has(token.lower))
}

/** "was quietly moved", "are actively being destroyed", "was removed illegally". */
function hasAgencyAdverb(passive: Passive): boolean {
  const after = nextWord(passive)
  return passive.group.gap.some((word) => AGENCY_ADVERBS.has(word.lower)) || AGENCY_ADVERBS.has(after?.lower ?? '')
}

/** "is used", "are flogged": the simple present, which states what is generally done, unless "now" makes it news. */
function isSimplePresent(passive: Passive): boolean {
  const {group, tokens} = passive
  if (group.tense !== 'present' || group.first !== group.be) return false
  if (group.gap.some((word) => word.lower === 'now')) return false
  return /^(?:is|are|am|isn't|aren't)$/.test(tokens[group.be].lower)
}

/** A supposition: "if", "unless" or "whether" earlier in the sentence, in the same clause group. */
function isConditional(passive: Passive): boolean {
  for (let index = passive.group.first - 1; index >= 0; index--) {
    const token = passive.tokens[index]
    if (/^[;:]$/.test(token.text)) return false
    if (CONDITIONALS.has(token.lower)) return true
  }
  return false
}

/** The word that opens the passive's clause, before its subject ("when", "where", "how"). */
function clauseOpener(passive: Passive): string | undefined {
  const {tokens, group} = passive
  const subject = findSubject(tokens, group.first)
  const at = subject ? tokens.indexOf(subject.words[0]) - 1 : group.first - 1
  const token = tokens[at]
  return token?.node.type === 'WordNode' ? token.lower : undefined
}

/** An act of many, or of people at large: "were shared widely", "has been noted countless times", "have been banned at times". */
function isActOfMany(passive: Passive): boolean {
  if (passive.group.gap.some((word) => word.lower === 'widely') || nextWord(passive)?.lower === 'widely') return true
  const after = passive.tokens.slice(passive.group.participle + 1, passive.group.participle + 6)
  return after.some(
    (token, index) =>
      token.lower === 'times' &&
      index > 0 &&
      (MANY_TIMES.has(after[index - 1].lower) || after[index - 1].lower === 'at')
  )
}

/**
 * Whether the sentence names the document the view comes from: "In the
 * corrected report, it was claimed that", "a story in which it was claimed".
 */
function namesSourceDocument(passive: Passive): boolean {
  const {tokens, group} = passive
  for (let index = 0; index < group.first; index++) {
    if (!SOURCE_DOCUMENTS.has(tokens[index].lower)) continue
    const before = tokens.slice(Math.max(0, index - 4), index).map((token) => token.lower)
    const after = tokens.slice(index + 1, index + 4).map((token) => token.lower)
    if (before.includes('in')) return true
    const inAt = after.indexOf('in')
    if (inAt >= 0 && (after[inAt + 1] === 'which' || tokens[index + inAt + 2]?.lower === 'which')) return true
  }
  return false
}

function reportPassive(file: VFile, passive: Passive, {reason, confidence}: Verdict): void {
  const {tokens, group, agent} = passive
  const verbGroup = String(file.value).slice(tokens[group.first].start, passive.participle.end)
  const rewrite = agent && (reason === 'vague' || reason === 'named') ? activeRewrite(passive, agent) : undefined
  let start = tokens[group.first].start
  let end = passive.participle.end
  if (rewrite) {
    start = rewrite.start
    end = rewrite.end
  } else if (agent && reason === 'vague') end = agent.end

  const messages: Record<Reason, string> = {
    view: `Passive voice: “${verbGroup}” gives a view or a decision to no one. Say whose it is, so readers can weigh it.`,
    source: `Passive voice: “${verbGroup}” does not say by whom. Where information comes from is part of the news: name the source, or say that it is not known.`,
    harm: `Passive voice: “${verbGroup}” does not say by whom. In a report of violence or damage, who is responsible is what readers ask first: name them, or say that it is not known.`,
    actor: `Passive voice: “${verbGroup}” does not say by whom. Readers judge an act by who did it: name the actor, or say that it is not known.`,
    vague: `Passive voice: “${verbGroup}” names the actor only as “${agent?.text}”. Say who it is: readers cannot weigh what an unnamed actor does.`,
    named: `Passive voice: “${verbGroup}” puts the actor, ${agent?.text}, last; the active voice says the same more directly.`
  }
  report(file, {
    ruleId: RULE_ID,
    start,
    end,
    reason: messages[reason],
    rewrites: rewrite ? [{replacement: rewrite.text, title: `Rewrite in the active voice: “${rewrite.text}”`}] : [],
    note: NOTE,
    confidence
  })
}

// ---------------------------------------------------------------------------
// The active rewrite: "the fees were raised by the board" → "the board raised the fees".

interface Rewrite {
  start: number
  end: number
  text: string
}

function activeRewrite(passive: Passive, agent: Agent): Rewrite | undefined {
  const {tokens, group} = passive
  const relative = tokens[group.first - 1]
  const inRelativeClause =
    relative !== undefined && ['that', 'which', 'who'].includes(relative.lower) && isInRelativeClause(passive)
  if (!agent.adjacent || !(agent.clean || (inRelativeClause && agent.verbAfter)) || group.negated) return
  if (group.gap.some((word) => !isGapWord(word) || word.lower === 'being')) return
  const verb = activeVerb(passive, agent)
  if (!verb) return
  const agentText = OBJECT_TO_SUBJECT[agent.text.toLowerCase()] ?? agent.text
  const adverbs = group.gap.filter((word) => !['all', 'both', 'each'].includes(word.lower)).map((word) => word.text)
  const verbPhrase = [...adverbs, verb].join(' ')

  if (inRelativeClause) {
    // "a deal that was approved by regulators" → "a deal that regulators approved".
    const pronoun = relative.lower === 'who' ? 'whom' : relative.text
    return {start: relative.start, end: agent.end, text: `${pronoun} ${agentText} ${verbPhrase}`}
  }

  const subject = findSubject(tokens, group.first)
  if (!subject || !isCleanNounPhrase(passive, subject.words)) return
  const startsSentence = subject.startsSentence
  const subjectWords = subject.words.map((word) => word.text)
  const firstLower = subject.words[0].lower
  if (subjectWords.length === 1 && SUBJECT_TO_OBJECT[firstLower]) subjectWords[0] = SUBJECT_TO_OBJECT[firstLower]
  else if (startsSentence && LOWER_CASE_OPENERS.has(firstLower)) subjectWords[0] = subject.words[0].lower
  const objectText = joinLikeSource(subject.words, subjectWords)
  const leadingAgent = startsSentence ? capitalize(agentText) : agentText
  return {start: subject.words[0].start, end: agent.end, text: `${leadingAgent} ${verbPhrase} ${objectText}`}
}

/** The active verb, agreeing with the agent in number and keeping the passive's tense; undefined when the form is not known. */
function activeVerb(passive: Passive, agent: Agent): string | undefined {
  const {tokens, group, participle} = passive
  const lemma = passive.tags[group.participle]?.lemma
  const regular = passive.shape === 'regular'
  const base = regular ? baseForm(participle.text) : lemma && /^[a-z]+$/.test(lemma) ? lemma : undefined
  const pastIsParticiple =
    regular || !(/(?:en|wn|rn)$/.test(participle.lower) || PARTICIPLE_UNLIKE_PAST.has(participle.lower))
  const plural = isPluralPhrase(OBJECT_TO_SUBJECT[agent.text.toLowerCase()] ?? agent.text)
  if (passive.shape === 'compound') return
  switch (group.tense) {
    case 'present':
      if (!base || !/^(?:is|are|am)$/.test(tokens[group.first].lower)) return
      return plural ? base : thirdPersonPresent(base)
    case 'past':
      return pastIsParticiple && /^(?:was|were)$/.test(tokens[group.first].lower) ? participle.text : undefined
    case 'perfect': {
      const auxiliary = tokens[group.first].lower
      if (!['has', 'have', 'had'].includes(auxiliary)) return
      return `${auxiliary === 'had' ? 'had' : plural ? 'have' : 'has'} ${participle.text}`
    }
    case 'modal':
      return base && !/'/.test(tokens[group.first].lower) ? `${tokens[group.first].text} ${base}` : undefined
    case 'modal-perfect':
      return /'/.test(tokens[group.first].lower) ? undefined : `${tokens[group.first].text} have ${participle.text}`
    default:
      return
  }
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'CCONJ', 'ADV'])

/** A subject made of noun phrases only (a list of them is fine): no verb, no clause ("she refused and he" is not one). */
function isCleanNounPhrase(passive: Passive, words: WordToken[]): boolean {
  const words_ = words.filter((word) => word.node.type === 'WordNode')
  if (words_.length === 0) return false
  for (const word of words_) {
    const pos = passive.tags[passive.tokens.indexOf(word)]?.pos
    if (!pos || !NOUN_PHRASE_TAGS.has(pos)) {
      if (!(word.lower === 'of' && pos === 'ADP')) return false
    }
  }
  const last = words_[words_.length - 1]
  return HEAD_TAGS.has(passive.tags[passive.tokens.indexOf(last)]?.pos ?? '')
}

interface Subject {
  words: WordToken[]
  startsSentence: boolean
}

/** The noun phrase before the verb group, back to the start of its clause. */
function findSubject(tokens: WordToken[], verbStart: number): Subject | undefined {
  let cursor = verbStart - 1
  while (cursor >= 0) {
    const token = tokens[cursor]
    const isPunctuation = token.node.type !== 'WordNode'
    if (isPunctuation && !/^[,’'&-]$/.test(token.text)) break
    if (!isPunctuation && CLAUSE_OPENERS.has(token.lower)) break
    cursor--
  }
  let words = tokens.slice(cursor + 1, verbStart)
  const commas = words.filter((word) => word.text === ',')
  if (commas.length > 0) {
    // A list subject ("A, B, and C") keeps its commas; otherwise the subject follows the last comma.
    const lastComma = words.lastIndexOf(commas[commas.length - 1])
    const isList = ['and', 'or'].includes(words[lastComma + 1]?.lower ?? '')
    if (!isList) words = words.slice(lastComma + 1)
  }
  const wordCount = words.filter((word) => word.node.type === 'WordNode').length
  if (wordCount === 0 || wordCount > 15) return
  return {words, startsSentence: cursor < 0}
}

/** Joins tokens with the spacing they had in the source (no space before a comma or inside "giants’"). */
function joinLikeSource(tokens: WordToken[], texts: string[]): string {
  let result = ''
  tokens.forEach((token, index) => {
    if (index > 0 && token.start > tokens[index - 1].end) result += ' '
    result += texts[index]
  })
  return result
}
