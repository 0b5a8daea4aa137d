import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {report} from '../rewrites/report'
import {isInsideQuotation, sentencesOf, type WordToken} from '../reading/sentences'
import {baseForm, capitalize, isPluralPhrase, thirdPersonPresent} from '../rewrites/english'
import {
  AGENT_STOP_WORDS,
  BE_FORMS,
  CLAUSE_OPENERS,
  ED_ADJECTIVES,
  MODALS,
  OBJECT_TO_SUBJECT,
  PASSIVE_GAP_WORDS,
  SUBJECT_TO_OBJECT
} from './passive-voice.data'

const RULE_ID = 'passive-voice'

/** "by" phrases that say how or when, not who ("by far", "by 2030", "by default"). */
const NOT_AN_AGENT = new Set(['far', 'then', 'now', 'default', 'contrast', 'comparison', 'way', 'means', 'chance', 'mistake', 'accident', 'design', 'hand', 'nature', 'definition', 'themselves', 'itself', 'himself', 'herself'])

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those'])

/** Words that open a subject and read lower-case once it moves after the verb. */
const LOWER_CASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'each', 'every', 'it', 'they', 'he', 'she', 'we', 'i', 'such', 'several', 'both'])

/**
 * Passive voice with a regular participle ("is being framed", "are all
 * controlled by"), which retext-passive's irregular list misses. When a "by"
 * agent is named, offers the active rewrite.
 */
export default function passiveVoice() {
  return function (tree: Root, file: VFile) {
    for (const {tokens} of sentencesOf(tree)) {
      for (let index = 0; index < tokens.length; index++) {
        const passive = matchPassive(tokens, index)
        if (!passive) continue
        if (isInsideQuotation(file, {start: tokens[passive.first].start, end: tokens[passive.participle].end})) continue
        reportPassive(file, tokens, passive)
        index = passive.participle
      }
    }
  }
}

interface PassiveMatch {
  /** Token index of the first word of the verb group (a modal or "has" when present). */
  first: number
  be: number
  participle: number
  tense: 'present' | 'past' | 'base' | 'perfect'
  gap: WordToken[]
}

function matchPassive(tokens: WordToken[], index: number): PassiveMatch | undefined {
  const be = tokens[index]
  if (be.node.type !== 'WordNode') return
  const tense = BE_FORMS[be.lower]
  if (!tense) return

  let cursor = index + 1
  const gap: WordToken[] = []
  while (cursor < tokens.length && gap.length < 4 && isGapWord(tokens[cursor])) gap.push(tokens[cursor++])
  const participle = tokens[cursor]
  if (!participle || !isRegularParticiple(participle)) return

  let first = index
  const before = tokens[index - 1]
  if (before && before.node.type === 'WordNode') {
    if ((tense === 'base' && MODALS.has(before.lower)) || (tense === 'perfect' && /^(has|have|had)$/.test(before.lower))) {
      first = index - 1
    }
  }
  return {first, be: index, participle: cursor, tense, gap}
}

function isGapWord(token: WordToken): boolean {
  return token.node.type === 'WordNode' && (PASSIVE_GAP_WORDS.has(token.lower) || (/ly$/.test(token.lower) && token.lower.length > 4))
}

function isRegularParticiple(token: WordToken): boolean {
  return (
    token.node.type === 'WordNode' &&
    /^[a-z]+ed$/.test(token.lower) &&
    token.lower.length >= 5 &&
    !ED_ADJECTIVES.has(token.lower)
  )
}

function reportPassive(file: VFile, tokens: WordToken[], passive: PassiveMatch): void {
  const agent = findAgent(tokens, passive.participle + 1)
  const rewrite = agent ? activeRewrite(tokens, passive, agent) : undefined
  const start = rewrite ? rewrite.start : tokens[passive.first].start
  const end = rewrite ? rewrite.end : agent ? agent.end : tokens[passive.participle].end
  const verbGroup = String(file.value).slice(tokens[passive.first].start, tokens[passive.participle].end)

  const reason = agent
    ? `Passive voice: “${verbGroup}” puts the actor, ${agent.text}, last; the active voice says the same more directly.`
    : `Passive voice: “${verbGroup}” does not say who acted. Name the actor if it matters.`
  report(file, {
    ruleId: RULE_ID,
    start,
    end,
    reason,
    rewrites: rewrite ? [{replacement: rewrite.text, title: `Rewrite in the active voice: “${rewrite.text}”`}] : [],
    note: 'Passive constructions can hide who is responsible for an action. Keep them when the actor is unknown or beside the point.'
  })
}

interface Agent {
  start: number
  end: number
  text: string
}

/** The words after "by" that name who acted, up to punctuation or the next clause. */
function findAgent(tokens: WordToken[], index: number): Agent | undefined {
  const by = tokens[index]
  if (!by || by.lower !== 'by') return
  const words: WordToken[] = []
  for (let cursor = index + 1; cursor < tokens.length; cursor++) {
    const token = tokens[cursor]
    const isWordLike = token.node.type === 'WordNode' || (token.text === '’' || token.text === "'" || token.text === '-' || token.text === '&')
    if (!isWordLike || AGENT_STOP_WORDS.has(token.lower)) break
    // "a deal approved by regulators closed": an -ed word after a noun starts the next verb.
    if (words.length > 0 && /ed$/.test(token.lower) && !DETERMINERS.has(words[words.length - 1].lower)) break
    words.push(token)
    if (words.length > 6) return
  }
  if (words.length === 0) return
  const head = words[0].lower
  if (NOT_AN_AGENT.has(head) || /ing$/.test(head) || /^\d/.test(head)) return
  const start = words[0].start
  const end = words[words.length - 1].end
  return {start, end, text: tokensText(words)}
}

interface Rewrite {
  start: number
  end: number
  text: string
}

/** "X is controlled by Y" → "Y controls X"; the range runs from X's first word to Y's last. */
function activeRewrite(tokens: WordToken[], passive: PassiveMatch, agent: Agent): Rewrite | undefined {
  if (passive.gap.some((word) => word.lower === 'not' || word.lower === 'being' || word.lower === 'never')) return
  const subject = findSubject(tokens, passive.first)
  if (!subject) return

  const agentText = OBJECT_TO_SUBJECT[agent.text.toLowerCase()] ?? agent.text
  const participle = tokens[passive.participle].text
  const base = baseForm(participle)
  const plural = isPluralPhrase(agentText)
  const adverbs = passive.gap.filter((word) => !['all', 'both', 'each'].includes(word.lower)).map((word) => word.text)
  const before = tokens[passive.first - 1]

  let verb: string
  switch (passive.tense) {
    case 'present':
      verb = plural ? base : thirdPersonPresent(base)
      break
    case 'past':
      verb = participle
      break
    case 'base':
      verb = passive.first < passive.be ? `${tokens[passive.first].text} ${base}` : base
      break
    case 'perfect': {
      if (passive.first === passive.be) return
      const auxiliary = tokens[passive.first].lower === 'had' ? 'had' : plural ? 'have' : 'has'
      verb = `${auxiliary} ${participle}`
      break
    }
  }
  const verbPhrase = [...adverbs, verb].join(' ')

  if (subject.relative) {
    // "a deal that was approved by regulators" → "a deal that regulators approved".
    const relative = subject.relative.lower === 'who' ? 'whom' : subject.relative.text
    return {start: subject.relative.start, end: agent.end, text: `${relative} ${agentText} ${verbPhrase}`}
  }

  const startsSentence = !before || subject.startsSentence
  const subjectWords = subject.words.map((word) => word.text)
  const firstLower = subject.words[0].lower
  if (subjectWords.length === 1 && SUBJECT_TO_OBJECT[firstLower]) subjectWords[0] = SUBJECT_TO_OBJECT[firstLower]
  else if (startsSentence && LOWER_CASE_OPENERS.has(firstLower)) subjectWords[0] = subject.words[0].lower
  const objectText = joinLikeSource(subject.words, subjectWords)
  const leadingAgent = startsSentence ? capitalize(agentText) : agentText
  return {start: subject.words[0].start, end: agent.end, text: `${leadingAgent} ${verbPhrase} ${objectText}`}
}

interface Subject {
  words: WordToken[]
  startsSentence: boolean
  relative?: WordToken
}

/** The noun phrase before the verb group, back to the start of its clause. */
function findSubject(tokens: WordToken[], verbStart: number): Subject | undefined {
  const previous = tokens[verbStart - 1]
  if (previous && ['that', 'which', 'who'].includes(previous.lower)) return {words: [], startsSentence: false, relative: previous}

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
  if (['it', 'there', 'this'].includes(words[0].lower) && wordCount === 1 && tokens[verbStart + 1]?.lower === 'that') return
  return {words, startsSentence: cursor < 0}
}

function tokensText(words: WordToken[]): string {
  return joinLikeSource(words, words.map((word) => word.text))
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
