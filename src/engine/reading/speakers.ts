import type {ProseDocument} from './document'
import type {SentenceTokens, WordToken} from './sentences'
import {hasAttributedVoice, isOtherVoice} from './voices'
import type {Span} from '../types'
import {INDEPENDENT_ROLES, NOT_NAMES, PRINCIPAL_ROLES} from './speakers.data'
import {isReportingVerb} from './speech'

/** Someone the article quotes or cites. */
export interface Source {
  /** A proper name ("Andy Jassy", "Gartner") or a description ("the harbour board"). */
  name: string
  /** The role and organization given with it ("Amazon CEO"). */
  description: string
  /** The deal's own principals, an outside voice, or not known. */
  side: 'principal' | 'independent' | 'unknown'
  /** A proper name rather than a description. */
  named: boolean
  /** The sentence that cites it. */
  sentence: Span
  /** Its words are quoted directly. */
  quoted: boolean
}

const SKIPPABLE_BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'previously', 'once', 'first', 'then', 'would', 'will', 'recently', 'publicly', 'privately', 'separately'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which'])

/** Nouns that make "the … said" a described source: an institution or a document. */
const DESCRIBED_SOURCES = new Set(['company', 'firm', 'board', 'ministry', 'agency', 'report', 'study', 'group', 'regulator', 'government', 'union', 'department', 'office', 'council', 'commission', 'authority', 'court', 'watchdog', 'filing', 'statement', 'survey', 'poll', 'forecast', 'police', 'association', 'institute', 'university', 'bank', 'fund'])

const isCapitalized = (token: WordToken) => token.node.type === 'WordNode' && /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(token.lower)
const bareName = (word: string) => word.replace(/['’]s$/i, '')
const isRoleWord = (token: WordToken) => PRINCIPAL_ROLES.has(token.lower) || INDEPENDENT_ROLES.has(token.lower)

/**
 * The organizations the article is about: the capitalized names in its
 * headline lines, or else the two it names most often.
 */
export function mainOrganizations(body: readonly SentenceTokens[], headlines: readonly SentenceTokens[]): string[] {
  const counts = new Map<string, number>()
  for (const {tokens} of body) {
    tokens.forEach((token, index) => {
      if (!isCapitalized(token) || token.text.length < 2) return
      const name = bareName(token.text)
      counts.set(name, (counts.get(name) ?? 0) + 1)
    })
  }
  const fromHeadlines = new Set<string>()
  for (const {tokens} of headlines) {
    for (const token of tokens) {
      const name = bareName(token.text)
      if (isCapitalized(token) && (counts.get(name) ?? 0) >= 2) fromHeadlines.add(name)
    }
  }
  if (fromHeadlines.size > 0) return [...fromHeadlines].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)).slice(0, 3)
  return [...counts.entries()].filter(([, count]) => count >= 3).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name]) => name)
}

/** Every source the article attributes words or views to, one entry per source (the first place it speaks). */
export function findSources(document: ProseDocument, sentences: readonly SentenceTokens[], mainOrgs: readonly string[]): Source[] {
  const sources: Source[] = []
  for (const sentence of sentences) {
    const {tokens} = sentence
    let foundInSentence = false
    tokens.forEach((token, index) => {
      // One source a sentence: a second verb ("…, emphasizing") usually belongs to the same speaker.
      if (foundInSentence || !(isReportingVerb(token.lower) || token.lower === 'according') || isOtherVoice(document, token)) return
      const found = token.lower === 'according' ? afterAccordingTo(tokens, index) : speakerAround(tokens, index)
      if (!found) return
      foundInSentence = true
      const sentenceSpan = {start: sentence.start, end: sentence.end}
      const quoted = hasAttributedVoice(document, sentence)
      const source = {...found, side: sideOf(found, mainOrgs), sentence: sentenceSpan, quoted}
      const existing = sources.find((other) => sameSource(other, source))
      if (existing) existing.quoted ||= quoted
      else sources.push(source)
    })
  }
  return sources
}

type Speaker = Pick<Source, 'name' | 'description' | 'named'>

function afterAccordingTo(tokens: readonly WordToken[], index: number): Speaker | undefined {
  if (tokens[index + 1]?.lower !== 'to') return
  const words: WordToken[] = []
  for (let cursor = index + 2; cursor < tokens.length && words.length < 10; cursor++) {
    if (tokens[cursor].node.type !== 'WordNode') break
    words.push(tokens[cursor])
  }
  // "according to a forecast published in March by the consultancy Meridian Research": the name is the source.
  const nameStart = words.findIndex(isCapitalized)
  if (nameStart >= 0) {
    let nameEnd = nameStart
    while (nameEnd + 1 < words.length && isCapitalized(words[nameEnd + 1])) nameEnd++
    return splitSpeaker(words.slice(nameStart, nameEnd + 1))
  }
  return words.length > 0 ? {name: wordsOf(words.slice(0, 5)), description: '', named: false} : undefined
}

/** "Amazon CEO Andy Jassy said", "Dario Amodei, Anthropic’s CEO, echoed", "said Okafor", "the harbour board said". */
function speakerAround(tokens: readonly WordToken[], verb: number): Speaker | undefined {
  let cursor = verb - 1
  while (cursor >= 0 && SKIPPABLE_BEFORE_VERB.has(tokens[cursor].lower)) cursor--
  if (cursor >= 0 && PRONOUNS.has(tokens[cursor].lower)) return
  if (tokens[cursor]?.text === ',') {
    // "Dario Amodei, Anthropic’s CEO, said" or "Northwind's chief executive, Mara Okafor, said".
    const opening = lastIndexBefore(tokens, cursor, (token) => token.text === ',', 14)
    if (opening > 0) {
      const between = tokens.slice(opening + 1, cursor).filter((token) => token.node.type === 'WordNode')
      const before = capitalizedRunEndingAt(tokens, opening - 1)
      if (between.length > 0 && between.length <= 4 && between.every(isCapitalized) && !between.some(isRoleWord)) {
        const description = tokens.slice(Math.max(0, opening - 5), opening).filter((token) => token.node.type === 'WordNode')
        return {name: wordsOf(between), description: wordsOf(description), named: true}
      }
      if (before.length > 0) {
        const speaker = splitSpeaker(before)
        return {...speaker, description: [speaker.description, wordsOf(between)].filter(Boolean).join(' ')}
      }
      cursor = opening - 1
    }
  }
  const run = capitalizedRunEndingAt(tokens, cursor)
  if (run.length > 0) return splitSpeaker(run)
  const described = describedSourceEndingAt(tokens, cursor)
  if (described) return described
  const after = capitalizedRunStartingAt(tokens, verb + 1)
  return after.length > 0 ? splitSpeaker(after) : undefined
}

function lastIndexBefore(tokens: readonly WordToken[], from: number, test: (token: WordToken) => boolean, limit: number): number {
  for (let index = from - 1; index >= Math.max(0, from - limit); index--) if (test(tokens[index])) return index
  return -1
}

function capitalizedRunEndingAt(tokens: readonly WordToken[], end: number): WordToken[] {
  const run: WordToken[] = []
  for (let index = end; index >= 0 && isCapitalized(tokens[index]); index--) run.unshift(tokens[index])
  return run
}

function capitalizedRunStartingAt(tokens: readonly WordToken[], start: number): WordToken[] {
  const run: WordToken[] = []
  for (let index = start; index < tokens.length && isCapitalized(tokens[index]); index++) run.push(tokens[index])
  return run
}

/** "the harbour board said", "a company spokesperson said": a described, unnamed source. */
function describedSourceEndingAt(tokens: readonly WordToken[], end: number): Speaker | undefined {
  const words: WordToken[] = []
  for (let index = end; index >= 0 && words.length < 5 && tokens[index].node.type === 'WordNode'; index--) words.unshift(tokens[index])
  const head = words[words.length - 1]
  const determiner = words.findIndex((word) => word.lower === 'the' || word.lower === 'a' || word.lower === 'an')
  if (!head || determiner < 0) return
  const isSource = PRINCIPAL_ROLES.has(head.lower) || INDEPENDENT_ROLES.has(head.lower) || DESCRIBED_SOURCES.has(head.lower)
  return isSource ? {name: wordsOf(words.slice(determiner)), description: '', named: false} : undefined
}

/** Splits "Amazon CEO Andy Jassy" into the name (Andy Jassy) and its description (Amazon CEO). */
function splitSpeaker(words: readonly WordToken[]): Speaker {
  const lastRole = words.map(isRoleWord).lastIndexOf(true)
  const nameWords = words.slice(lastRole + 1).filter(isCapitalized)
  const descriptionWords = words.slice(0, lastRole + 1)
  if (nameWords.length === 0) return {name: wordsOf(words), description: wordsOf(descriptionWords), named: words.some(isCapitalized)}
  return {name: wordsOf(nameWords), description: wordsOf(descriptionWords), named: true}
}

function sideOf(speaker: Speaker, mainOrgs: readonly string[]): Source['side'] {
  const words = `${speaker.description} ${speaker.name}`.split(/\s+/).map(bareName)
  if (words.some((word) => mainOrgs.includes(word))) return 'principal'
  const lower = words.map((word) => word.toLowerCase())
  if (lower.some((word) => INDEPENDENT_ROLES.has(word))) return 'independent'
  if (speaker.named) return 'independent'
  return 'unknown'
}

/** "Mara Okafor" and a later "Okafor" are one source. */
function sameSource(a: Source, b: Source): boolean {
  const left = a.name.toLowerCase().split(/\s+/)
  const right = b.name.toLowerCase().split(/\s+/)
  return left.join(' ') === right.join(' ') || (a.named && b.named && left[left.length - 1] === right[right.length - 1])
}

function wordsOf(tokens: readonly WordToken[]): string {
  return tokens.map((token) => token.text).join(' ')
}
