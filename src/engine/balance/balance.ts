import type {EditorialConfig} from '../config'
import {lintText, type LintResult} from '../lint'
import {isOtherVoice, otherVoiceAt} from '../reading/voices'
import {readLanguage, readsAsEnglish, unreadPercent, type LanguageReading} from '../reading/language'
import {sentencesOf, type SentenceTokens} from '../reading/sentences'
import {analyzeClaims, type SentenceClaims} from '../reading/claims'
import type {ProseDocument} from '../reading/document'
import type {DocumentKind, Finding, Span} from '../types'
import {CAMP_LABELS, COUNTER_VERBS, NOT_A_CAMP_AFTER, RESPONSE_SOUGHT} from '../reading/speakers.data'
import {articleSubjects, findSources, isParty, type Side, type Source, type Subject} from '../reading/speakers'

export interface BalanceEvidence {
  /** Where it is, in UTF-16 code units. */
  span: Span
  text: string
  note: string
}

export type BalanceComponentId =
  | 'attribution'
  | 'voices'
  | 'counter-perspective'
  | 'attributed-speech'
  | 'loaded-language'
  | 'camps'
  | 'writer-voice'
  | 'certainty'

export interface BalanceComponent {
  id: BalanceComponentId
  label: string
  /** 0 (one-sided) to 1 (balanced). */
  score: number
  weight: number
  /** One sentence on how the score came about. */
  detail: string
  evidence: BalanceEvidence[]
}

/** One voice the article lets speak, for the table of voices. */
export interface BalanceVoice {
  name: string
  /** Who they are, as the article says it. */
  description: string
  kind: Source['kind']
  /** The article's subjects' own side ("principal"), an opponent or critic, independent, or not known. */
  side: Side
  /** Why that side. */
  sideReason: string
  named: boolean
  /** Its own words are quoted somewhere. */
  quoted: boolean
  /** How it is heard: in quotation marks, only in the writer's paraphrase, or both. */
  speech: 'quoted' | 'paraphrased' | 'quoted and paraphrased'
  /** Sentences in which it speaks. */
  sentences: number
  /** Words of those sentences. */
  words: number
  /** Of those, words inside quotation marks. */
  quotedWords: number
  /** The sentences in which it speaks, in order. */
  spans: Span[]
}

export interface BalanceReport {
  version: 1
  /** 0 (one-sided) to 100 (balanced): the weighted sum of the components, placed on the editors' scale (see BALANCE_SCALE). */
  score: number
  verdict: string
  summary: string
  components: BalanceComponent[]
  /** What an editor could do, most useful first. */
  nextSteps: string[]
  /** Who the article quotes or cites: the voices, most heard first. */
  sources: BalanceVoice[]
  /** The people and organizations the article is about (its headline's, and those it names most). */
  subjects: string[]
  /** Words in the writer's own voice (outside quotations, embedded posts and page furniture). */
  words: number
  /** How much of the article was read: a score is given only for an article mostly in English and long enough to judge. */
  reading: BalanceReading
}

/** What the score read of the article, and whether that was enough to give one. */
export interface BalanceReading extends LanguageReading {
  /**
   * False when the article could not be read well enough to judge: most of it
   * is not in English, or it has fewer than MIN_WORDS_TO_SCORE words. Then
   * `score` and the components judge nothing: show `summary` (which says why)
   * instead. The verdict is "Not scored" and there are no next steps.
   */
  scored: boolean
  /** One sentence for the editor on what was not read, when anything was not; absent when the whole article was read. */
  note?: string
}

/** Fewer words than this read as English, and the article is too short to judge. */
export const MIN_WORDS_TO_SCORE = 30
/** More than this share of the article's words not in English, and it is not scored. */
export const MOST_UNREAD = 0.5

/**
 * The weights, fitted by `npm run fit-balance` (test/eval/fit-balance.ts:
 * non-negative logistic regression on the 200 SemEval dev articles, rescaled
 * to sum to 1, each sourcing component kept at 0.03 or more) and rounded;
 * docs/balance-score.md records the run.
 */
export const BALANCE_WEIGHTS: Readonly<Record<BalanceComponentId, number>> = {
  attribution: 0.03,
  voices: 0.03,
  'counter-perspective': 0.03,
  'attributed-speech': 0.03,
  'loaded-language': 0.19,
  camps: 0.34,
  'writer-voice': 0.22,
  certainty: 0.13
}

/**
 * From the weighted sum (0..1) to the 0–100 score: a straight line, clamped,
 * fitted to the editors' ratings of the 30 marked dev articles (least mean
 * absolute difference). Full marks on every component give 76, not 100: an
 * editor keeps 80–100 for pieces that are also fair in what the components
 * cannot see. Monotone, so no component's improvement can lower the score.
 */
export const BALANCE_SCALE = {low: 0.47, high: 1.17}

/** From the weighted sum of the components to the score. */
export function scaledScore(weightedSum: number): number {
  return Math.round(
    100 * Math.max(0, Math.min(1, (weightedSum - BALANCE_SCALE.low) / (BALANCE_SCALE.high - BALANCE_SCALE.low)))
  )
}

/** Loaded words per 100 words of the writer's own at which that component reaches 0. */
const LOADED_DENSITY_AT_ZERO = 2.5
/** Camp labels ("liberals", "the left") per 100 words of the writer's own at which that component reaches 0. */
const CAMPS_DENSITY_AT_ZERO = 1
/** Predictions stated as certain per 100 words at which that component reaches 0. */
const CERTAINTY_DENSITY_AT_ZERO = 1
/** Marks of the writer's own voice per 100 words at which that component reaches 0. */
const VOICE_DENSITY_AT_ZERO = 3
/** Named voices for full marks: one per this many words, and never fewer than MIN_VOICES (a short piece still needs two). */
const WORDS_PER_VOICE = 200
const MIN_VOICES = 2
/** The share of the article's words spoken by its sources at which attributed speech scores full marks. */
const SPEECH_SHARE_FOR_FULL_SCORE = 0.4
/** Short pieces are measured as if this long, so that one word in a 60-word brief does not decide a density. */
const MIN_WORDS_FOR_RATES = 150
const FIRST_AND_SECOND_PERSON = new Set([
  'i',
  'we',
  'our',
  'us',
  'my',
  'me',
  'you',
  'your',
  "we're",
  "i'm",
  "you're",
  "we've",
  "i've"
])

export interface BalanceOptions {
  kind: DocumentKind
  config?: EditorialConfig
}

/** Scores how one-sided an article is, from components an editor can check, each with the sentences behind it. */
export function scoreBalance(text: string, options: BalanceOptions): BalanceReport {
  return balanceFromLint(lintText(text, options))
}

/** What every component reads: the article, its claims and sources, and the lint's findings by category. */
interface BalanceInputs {
  document: ProseDocument
  sentences: readonly SentenceTokens[]
  claims: readonly SentenceClaims[]
  body: readonly SentenceTokens[]
  sources: readonly Source[]
  subjects: readonly Subject[]
  /** Words in the writer's own voice. */
  words: number
  /** Words of the body, quotations included (not page furniture). */
  bodyWords: number
  /** How much of the article is not in English. */
  language: LanguageReading
  findingsIn: (category: Finding['category']) => Finding[]
}

/**
 * The balance report from a lint already done (the extension keeps one for
 * every open article): the article as read and the findings of that lint.
 */
export function balanceFromLint({
  findings,
  document,
  language
}: Pick<LintResult, 'findings' | 'document'> & {language?: LanguageReading}): BalanceReport {
  const inputs = readInputs({findings, document}, language)
  const components = componentsOf(inputs)
  const score = scaledScore(components.reduce((total, component) => total + component.weight * component.score, 0))
  const reading = readingOf(inputs.language)
  if (!reading.scored)
    return {
      version: 1,
      score,
      verdict: 'Not scored',
      summary: reading.note!,
      components,
      nextSteps: [],
      sources: voicesOf(inputs.sources),
      subjects: inputs.subjects.map((subject) => subject.name),
      words: inputs.words,
      reading
    }
  const verdict =
    score >= 70 ? 'Balanced' : score >= 50 ? 'Leans to one side' : score >= 30 ? 'One-sided' : 'Strongly one-sided'
  // The two shortfalls that cost the most, and who speaks when that falls short too: the reasons an editor reads first.
  const weakest = [...components]
    .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score))
    .filter((component) => component.score < 0.7)
  const voices = components.filter((component) => component.id === 'voices' && component.score < 0.7)
  const sourcing = components
    .filter((component) => ['counter-perspective', 'attribution'].includes(component.id) && component.score < 0.7)
    .sort((a, b) => a.score - b.score)
  const reasons = [
    ...new Set([...weakest.slice(0, 2), ...voices, ...sourcing.slice(0, 1), ...weakest.slice(2, 3)])
  ].slice(0, 4)
  const summary =
    reasons.length === 0
      ? `${verdict} (${score}/100): every component is in good shape.`
      : `${verdict} (${score}/100). ${reasons.map((component) => component.detail).join(' ')}`
  return {
    version: 1,
    score,
    verdict,
    summary,
    components,
    // An English linter has no advice for an article in another language.
    nextSteps: isEnglish(inputs.body) ? nextSteps(inputs, components) : [],
    sources: voicesOf(inputs.sources),
    subjects: inputs.subjects.map((subject) => subject.name),
    words: inputs.words,
    reading
  }
}

/**
 * Whether the article was read well enough to score, and what to tell the
 * editor: the share not in English (the rules and the score read English
 * only), or that it is too short to judge.
 */
function readingOf(language: LanguageReading): BalanceReading {
  const {words, unreadWords, unread} = language
  const read = words - unreadWords
  const percent = unreadPercent(language)
  const paragraphs = plural(unread.length, 'paragraph', 'paragraphs')
  if (unreadWords > 0 && language.unreadShare > MOST_UNREAD)
    return {
      ...language,
      scored: false,
      note:
        unreadWords === words
          ? `Not scored: the article is not in English (${words} words), and the balance score reads English only.`
          : `Not scored: ${percent}% of the article is not in English (${paragraphs}, ${unreadWords} of its ${words} words), and the balance score reads English only.`
    }
  if (read < MIN_WORDS_TO_SCORE)
    return {
      ...language,
      scored: false,
      note:
        words === 0
          ? 'Not scored: the article has no words to read.'
          : `Not scored: the article has ${plural(read, 'word', 'words')} to read; the balance score needs ${MIN_WORDS_TO_SCORE} or more.`
    }
  if (unreadWords === 0) return {...language, scored: true}
  return {
    ...language,
    scored: true,
    note: `Scored on the ${100 - percent}% of the article in English: ${paragraphs} (${percent}% of its words) ${unread.length === 1 ? 'is' : 'are'} not in English and ${unread.length === 1 ? 'was' : 'were'} not read.`
  }
}

function readInputs(
  {findings, document}: Pick<LintResult, 'findings' | 'document'>,
  language: LanguageReading = readLanguage(document)
): BalanceInputs {
  const sentences = sentencesOf(document.tree)
  const claims = analyzeClaims(document.tree, document)
  const headlines = claims.filter((claim) => claim.headline).map((claim) => claim.sentence)
  const body = claims.filter((claim) => !claim.headline).map((claim) => claim.sentence)
  // An article not in English (few of its words are English function words): its names are not read for sides.
  const subjects = isEnglish(body) ? articleSubjects(body, headlines) : []
  let words = 0
  let bodyWords = 0
  for (const {tokens} of body) {
    for (const token of tokens) {
      if (token.node.type !== 'WordNode') continue
      const voice = otherVoiceAt(document, token)
      if (!voice) words++
      if (!voice || voice.kind === 'quotation') bodyWords++
    }
  }
  return {
    document,
    sentences,
    claims,
    body,
    sources: findSources(document, body, subjects),
    subjects,
    words,
    bodyWords,
    language,
    findingsIn: (category) => findings.filter((finding) => finding.category === category)
  }
}

/**
 * The raw measures behind the components, for test/eval/fit-balance.ts: each
 * a rate or a share, so that an article's length alone does not move it.
 */
export function balanceMeasures(lint: Pick<LintResult, 'findings' | 'document'>): Record<string, number> {
  const inputs = readInputs(lint)
  const components = componentsOf(inputs)
  const measures: Record<string, number> = {}
  for (const component of components) measures[component.id] = component.score
  const rateBase = Math.max(MIN_WORDS_FOR_RATES, inputs.bodyWords)
  const spoken = inputs.sources.flatMap((source) => source.sentences)
  const sideWords = (test: (side: Side) => boolean) =>
    inputs.sources
      .filter((source) => test(source.side))
      .reduce((total, source) => total + source.sentences.reduce((sum, sentence) => sum + sentence.words, 0), 0)
  const principal = sideWords((side) => side === 'principal')
  const others = sideWords((side) => side !== 'principal')
  measures['reporting-per-100'] = (100 * spoken.length) / rateBase
  measures['quote-balance'] =
    principal + others === 0
      ? 0
      : inputs.subjects.length === 0
        ? 1
        : (2 * Math.min(principal, others)) / (principal + others)
  measures['named-per-100'] = (100 * inputs.sources.filter(isParty).length) / rateBase
  const unsupported = inputs.claims.filter(
    (claim) => claim.signals.length > 0 && !claim.supported && !claim.headline
  ).length
  measures['unsupported-rate'] =
    1 - Math.min(1, (100 * unsupported) / Math.max(MIN_WORDS_FOR_RATES, inputs.words) / 1.5)
  measures['weasel-rate'] =
    1 - Math.min(1, (100 * inputs.findingsIn('weasel').length) / Math.max(MIN_WORDS_FOR_RATES, inputs.words))
  const quoted = inputs.sources.reduce(
    (total, source) => total + source.sentences.reduce((sum, sentence) => sum + sentence.quotedWords, 0),
    0
  )
  measures['quoted-share'] = Math.min(1, quoted / rateBase)
  measures.sides =
    inputs.subjects.length === 0
      ? 0.5
      : Number(inputs.sources.some((source) => isParty(source) && source.side === 'principal')) * 0.5 +
        Number(inputs.sources.some((source) => isParty(source) && source.side !== 'principal')) * 0.5
  return measures
}

/** Next steps and subjects are read only from an article in English (a longer run than a paragraph's test). */
const isEnglish = (body: readonly SentenceTokens[]) => readsAsEnglish(body, {fewestWords: 30, share: 0.1})

function componentsOf(inputs: BalanceInputs): BalanceComponent[] {
  return [
    attributionComponent(inputs),
    voicesComponent(inputs),
    counterPerspectiveComponent(inputs),
    attributedSpeechComponent(inputs),
    loadedLanguageComponent(inputs),
    campsComponent(inputs),
    writerVoiceComponent(inputs),
    certaintyComponent(inputs)
  ]
}

function evidenceOf({document}: BalanceInputs, span: Span, note: string): BalanceEvidence {
  return {span: {start: span.start, end: span.end}, text: document.text.slice(span.start, span.end), note}
}

/** Per 100 of the writer's words, short pieces measured as if MIN_WORDS_FOR_RATES long. */
const per100 = ({words}: BalanceInputs, count: number) => (count * 100) / Math.max(MIN_WORDS_FOR_RATES, words)
const clamp = (value: number) => Math.max(0, Math.min(1, value))
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Attribution: the share of sentences making a checkable claim that carry a source. */
function attributionComponent(inputs: BalanceInputs): BalanceComponent {
  const claimSentences = inputs.claims.filter((claim) => claim.signals.length > 0 && !claim.headline)
  const unsupported = claimSentences.filter((claim) => !claim.supported)
  return {
    id: 'attribution',
    label: 'Claims with a source',
    weight: BALANCE_WEIGHTS.attribution,
    score: claimSentences.length === 0 ? 1 : (claimSentences.length - unsupported.length) / claimSentences.length,
    detail:
      claimSentences.length === 0
        ? 'The article makes no checkable claims that need a source.'
        : `${claimSentences.length - unsupported.length} of ${claimSentences.length} sentences with a checkable claim carry a source.`,
    evidence: unsupported.map(({sentence, signals}) => {
      const first = sentence.tokens[signals[0].first]
      const last = sentence.tokens[signals[signals.length - 1].last]
      return evidenceOf(
        inputs,
        {start: first.start, end: last.end},
        'No source in this sentence, its paragraph or an attribution that carries over.'
      )
    })
  }
}

/**
 * The subjects an editor can be told to ask or to look beyond: people and
 * organizations, and any other name the headline gives or that speaks in the
 * article. A lone name that does neither may be a place or a thing: left out.
 */
const subjectNames = (inputs: BalanceInputs) =>
  inputs.subjects
    .filter(
      (subject) =>
        subject.kind !== 'name' ||
        subject.inHeadline ||
        inputs.sources.some(
          (source) => source.named && source.side === 'principal' && source.sideReason.includes(subject.name)
        )
    )
    .map((subject) => subject.name)
const joinNames = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/** Voices: how many named people and organizations speak, for the article's length, and from more than one side. */
function voicesComponent(inputs: BalanceInputs): BalanceComponent {
  const {sources, bodyWords} = inputs
  const vague = inputs.findingsIn('weasel')
  const named = sources.filter(isParty)
  const described = sources.filter((source) => !isParty(source))
  const outside = named.filter((source) => source.side !== 'principal')
  const weighted = named.length + 0.5 * described.length + 0.25 * vague.length
  const needed = Math.max(MIN_VOICES, bodyWords / WORDS_PER_VOICE)
  // Heard from one side only (every named voice the subjects' own, or none of them), the component is halved.
  const ownSide = named.filter((source) => source.side === 'principal')
  const oneSided = inputs.subjects.length > 0 && named.length > 0 && (outside.length === 0 || ownSide.length === 0)
  const names = joinNames(subjectNames(inputs))
  return {
    id: 'voices',
    label: 'Named voices, from more than one side',
    weight: BALANCE_WEIGHTS.voices,
    score: clamp(weighted / needed) * (oneSided ? 0.5 : 1),
    detail:
      sources.length === 0
        ? `No one is quoted or cited by name${inputs.language.unreadWords > 0 ? ' in the part in English' : ''}.`
        : `${plural(named.length, 'named voice', 'named voices')}${described.length > 0 ? `, ${described.length} described` : ''}${vague.length > 0 ? `, ${vague.length} vague` : ''} for ${bodyWords} words (${Math.ceil(needed)} wanted)${
            oneSided && outside.length === 0
              ? `; all from the subjects’ own side (${names})`
              : oneSided
                ? `; ${names} ${inputs.subjects.length > 1 ? 'are' : 'is'} not heard`
                : named.length > 0
                  ? '; from more than one side'
                  : ''
          }.`,
    evidence: [
      ...sources.map((source) =>
        evidenceOf(
          inputs,
          source.sentence,
          `${source.name}${source.description ? ` (${source.description})` : ''}: ${sideLabel(source)}${source.quoted ? ', quoted' : ''}.`
        )
      ),
      ...vague.map((finding) => evidenceOf(inputs, finding.span, 'A vague source: it counts for little.'))
    ]
  }
}

function sideLabel(source: Source): string {
  if (source.side === 'principal') return `the subjects’ own side: ${source.sideReason}`
  if (source.side === 'opponent') return `an opponent or critic: ${source.sideReason}`
  if (source.side === 'independent') return `independent: ${source.sideReason}`
  return `side not stated: ${source.sideReason}`
}

/** Whether the sentence disputes or answers: a verb of disputing, or words that call something false. */
function isCounter(inputs: BalanceInputs, span: Span): boolean {
  const words = inputs.document.text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
  return words.some((word) => COUNTER_VERBS.has(word))
}

/** Counter-perspective: does anyone outside the subjects' own side answer or dispute them? Was the other side asked? */
function counterPerspectiveComponent(inputs: BalanceInputs): BalanceComponent {
  const counterEvidence: Array<{strength: number; item: BalanceEvidence}> = []
  for (const source of inputs.sources) {
    if (source.side === 'principal') continue
    for (const sentence of source.sentences) {
      const disputes = isCounter(inputs, sentence)
      const strength =
        source.side === 'opponent' || (disputes && source.side === 'independent')
          ? isParty(source)
            ? 1
            : 0.5
          : source.side === 'independent'
            ? isParty(source)
              ? 0.5
              : 0.25
            : disputes && isParty(source)
              ? 0.5
              : 0
      if (strength === 0) continue
      const note =
        strength >= 1
          ? `${source.name} disputes or answers the article’s main line.`
          : `${source.name} is a voice from outside the subjects’ side.`
      counterEvidence.push({strength, item: evidenceOf(inputs, sentence, note)})
    }
  }
  for (const sentence of inputs.body) {
    if (isOtherVoice(inputs.document, sentence)) continue
    const sentenceText = inputs.document.text.slice(sentence.start, sentence.end)
    if (RESPONSE_SOUGHT.some((pattern) => pattern.test(sentenceText)))
      counterEvidence.push({strength: 0.5, item: evidenceOf(inputs, sentence, 'A party was asked for its response.')})
  }
  for (const finding of inputs.findingsIn('weasel')) {
    if (/critic|opponent|skeptic|sceptic|detractor/i.test(finding.actual))
      counterEvidence.push({strength: 0.25, item: evidenceOf(inputs, finding.span, 'An unnamed counter-view.')})
  }
  const score = Math.max(0, ...counterEvidence.map((entry) => entry.strength))
  return {
    id: 'counter-perspective',
    label: 'The other side’s case or response',
    weight: BALANCE_WEIGHTS['counter-perspective'],
    score,
    detail:
      score >= 1
        ? 'A named voice outside the subjects’ side disputes or answers them.'
        : score > 0
          ? 'Another view appears only faintly: unnamed, not disputing, or only asked for a response.'
          : 'No one outside the subjects’ own side disputes or answers them.',
    evidence: counterEvidence.sort((a, b) => b.strength - a.strength).map((entry) => entry.item)
  }
}

/** Attributed speech: the share of the article's words in sentences where someone it names speaks (quoted or paraphrased). */
function attributedSpeechComponent(inputs: BalanceInputs): BalanceComponent {
  const spoken = new Map<number, Span & {words: number}>()
  for (const source of inputs.sources) for (const sentence of source.sentences) spoken.set(sentence.start, sentence)
  const spokenWords = [...spoken.values()].reduce((total, sentence) => total + sentence.words, 0)
  const total = Math.max(MIN_WORDS_FOR_RATES, inputs.bodyWords)
  const share = Math.min(1, spokenWords / total)
  return {
    id: 'attributed-speech',
    label: 'Reported speech, not the writer’s say-so',
    weight: BALANCE_WEIGHTS['attributed-speech'],
    score: clamp(share / SPEECH_SHARE_FOR_FULL_SCORE),
    detail: `${Math.round(share * 100)}% of the article’s words are in sentences where a named or described source speaks (${Math.round(SPEECH_SHARE_FOR_FULL_SCORE * 100)}% or more scores full marks).`,
    evidence: [...spoken.values()]
      .sort((a, b) => a.start - b.start)
      .slice(0, 40)
      .map((sentence) => evidenceOf(inputs, sentence, 'A source speaks.'))
  }
}

/** Loaded language: loaded words per 100 words of the writer's own. */
function loadedLanguageComponent(inputs: BalanceInputs): BalanceComponent {
  const loaded = inputs.findingsIn('loaded-language')
  const density = per100(inputs, loaded.length)
  return {
    id: 'loaded-language',
    label: 'Neutral wording',
    weight: BALANCE_WEIGHTS['loaded-language'],
    score: clamp(1 - density / LOADED_DENSITY_AT_ZERO),
    detail: `${plural(loaded.length, 'loaded word or phrase', 'loaded words or phrases')} in ${inputs.words} words of the writer’s own (${density.toFixed(1)} per 100).`,
    evidence: loaded.map((finding) => evidenceOf(inputs, finding.span, 'Loaded wording.'))
  }
}

/**
 * Camps: the writer sorting people into political camps ("liberals", "the
 * left", "right-wing", "the mainstream media") instead of naming who did
 * what, per 100 words of the writer's own. A source's words are its own.
 */
function campsComponent(inputs: BalanceInputs): BalanceComponent {
  const found: BalanceEvidence[] = []
  for (const {tokens} of inputs.body) {
    const words = tokens.filter((token) => token.node.type === 'WordNode')
    words.forEach((token, index) => {
      // "Liberal" and "Conservative" capitalised are parties' names, not camps.
      if (isOtherVoice(inputs.document, token) || !/^\p{Ll}/u.test(token.text)) return
      const next = words[index + 1]
      const pair = next ? `${token.lower} ${next.lower}` : ''
      const phrase = CAMP_LABELS.has(pair)
        ? pair
        : CAMP_LABELS.has(token.lower) && !(index > 0 && CAMP_LABELS.has(`${words[index - 1].lower} ${token.lower}`))
          ? token.lower
          : ''
      if (!phrase) return
      const end = phrase === pair ? next! : token
      const after = words[index + (phrase === pair ? 2 : 1)]
      if (after && NOT_A_CAMP_AFTER.has(after.lower)) return
      found.push(evidenceOf(inputs, {start: token.start, end: end.end}, 'A camp, not a person: who exactly?'))
    })
  }
  const density = per100(inputs, found.length)
  return {
    id: 'camps',
    label: 'People named, not camps',
    weight: BALANCE_WEIGHTS.camps,
    score: clamp(1 - density / CAMPS_DENSITY_AT_ZERO),
    detail: `${plural(found.length, 'camp label', 'camp labels')} (“liberals”, “the left”, “the mainstream media”…) in the writer’s own words (${density.toFixed(1)} per 100 words).`,
    evidence: found
  }
}

/** The writer's voice: editorializing, "I", "we" and "you", and exclamations outside quotations. */
function writerVoiceComponent(inputs: BalanceInputs): BalanceComponent {
  const editorializing = inputs.findingsIn('editorializing')
  const {document} = inputs
  const personal = inputs.body.flatMap(({tokens}) =>
    tokens.filter(
      (token) => (FIRST_AND_SECOND_PERSON.has(token.lower) || token.text === '!') && !isOtherVoice(document, token)
    )
  )
  const density = per100(inputs, editorializing.length + personal.length)
  return {
    id: 'writer-voice',
    label: 'A reporter’s voice, not the writer’s',
    weight: BALANCE_WEIGHTS['writer-voice'],
    score: clamp(1 - density / VOICE_DENSITY_AT_ZERO),
    detail: `${plural(editorializing.length, 'editorializing phrase', 'editorializing phrases')} and ${personal.length} uses of “I”, “we”, “you” or “!” outside quotations (${density.toFixed(1)} per 100 words).`,
    evidence: [
      ...editorializing.map((finding) =>
        evidenceOf(inputs, finding.span, 'The writer tells the reader what to think.')
      ),
      ...personal
        .slice(0, 20)
        .map((token) =>
          evidenceOf(
            inputs,
            token,
            token.text === '!' ? 'An exclamation in the writer’s voice.' : 'The writer speaking in person.'
          )
        )
    ]
  }
}

/** Certainty: predictions and motives stated as fact. */
function certaintyComponent(inputs: BalanceInputs): BalanceComponent {
  const speculative = inputs.findingsIn('speculation')
  const density = per100(inputs, speculative.length)
  return {
    id: 'certainty',
    label: 'Predictions hedged or attributed',
    weight: BALANCE_WEIGHTS.certainty,
    score: clamp(1 - density / CERTAINTY_DENSITY_AT_ZERO),
    detail: `${plural(speculative.length, 'prediction or motive', 'predictions or motives')} stated as certain (${density.toFixed(1)} per 100 words).`,
    evidence: speculative.map((finding) => evidenceOf(inputs, finding.span, 'Stated as certain.'))
  }
}

/** The voices, most heard first, as the report lists them. */
function voicesOf(sources: readonly Source[]): BalanceVoice[] {
  return sources
    .map((source) => {
      const words = source.sentences.reduce((total, sentence) => total + sentence.words, 0)
      const quotedWords = source.sentences.reduce((total, sentence) => total + sentence.quotedWords, 0)
      const paraphrased = source.sentences.some((sentence) => sentence.quotedWords === 0)
      const speech: BalanceVoice['speech'] = !source.quoted
        ? 'paraphrased'
        : paraphrased
          ? 'quoted and paraphrased'
          : 'quoted'
      return {
        name: source.name,
        description: source.description,
        kind: source.kind,
        side: source.side,
        sideReason: source.sideReason,
        named: source.named,
        quoted: source.quoted,
        speech,
        sentences: source.sentences.length,
        words,
        quotedWords,
        spans: source.sentences.map(({start, end}) => ({start, end}))
      }
    })
    .sort((a, b) => b.words - a.words)
}

/**
 * What an editor could do, most useful first. Steps name only parties (people
 * and organizations the article is about), never a place, a faith or a word;
 * a response is asked for only when the article criticises someone.
 */
function nextSteps(inputs: BalanceInputs, components: readonly BalanceComponent[]): string[] {
  const part = (id: BalanceComponentId) => components.find((component) => component.id === id)!
  const steps: Array<{gain: number; text: string}> = []
  const gain = (component: BalanceComponent) => component.weight * (1 - component.score)
  const names = joinNames(subjectNames(inputs))
  const loadedFindings = [...inputs.findingsIn('loaded-language'), ...inputs.findingsIn('editorializing')]
  // Who is criticised: a subject named in a sentence where an opponent speaks or the writer uses loaded words.
  const critical: Span[] = [
    ...inputs.sources.filter((source) => source.side === 'opponent').flatMap((source) => source.sentences),
    ...inputs
      .findingsIn('loaded-language')
      .map(
        (finding) =>
          inputs.body.find((sentence) => sentence.start <= finding.span.start && finding.span.end <= sentence.end) ??
          finding.span
      ),
    ...inputs
      .findingsIn('weasel')
      .filter((finding) => /critic|opponent|accus/i.test(finding.actual))
      .map(
        (finding) =>
          inputs.body.find((sentence) => sentence.start <= finding.span.start && finding.span.end <= sentence.end) ??
          finding.span
      )
  ]
  const criticisedNames = subjectNames(inputs).filter((name) => {
    const key = new RegExp(
      `(?<![\\p{L}\\p{N}])${name
        .split(' ')
        .pop()!
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu'
    )
    return critical.some((span) => key.test(inputs.document.text.slice(span.start, span.end)))
  })
  const criticised = critical.length > 0
  const voices = part('voices')
  if (voices.score < 0.7) {
    const outside = names ? `outside ${names}` : 'from more than one side'
    steps.push({
      gain: gain(voices),
      text: `Quote someone ${outside} by name: an independent expert, an official with no stake, a rival or a critic.`
    })
  }
  const counter = part('counter-perspective')
  if (counter.score < 1) {
    // Only an article that criticises its subjects owes them a response; a feature with no criticism is not told to seek one.
    if (criticisedNames.length > 0)
      steps.push({
        gain: gain(counter),
        text: `Ask ${joinNames(criticisedNames)} to respond to the criticism the article reports or makes, and say if they declined.`
      })
    else if (criticised)
      steps.push({
        gain: gain(counter),
        text: 'Give the criticised party’s response, or say that it declined to comment.'
      })
    else if (counter.score === 0 && inputs.subjects.length > 0 && part('voices').score < 1)
      steps.push({
        gain: gain(counter) / 2,
        text: `Add a voice with no stake in ${names}: someone who can say whether the article’s account holds.`
      })
  }
  const speech = part('attributed-speech')
  if (speech.score < 0.6)
    steps.push({
      gain: gain(speech),
      text: 'Let the people involved speak: report what they said, with their names, rather than the writer’s summary of it.'
    })
  const unsupportedCount = inputs.claims.filter(
    (claim) => claim.signals.length > 0 && !claim.supported && !claim.headline
  ).length
  if (unsupportedCount > 0)
    steps.push({
      gain: gain(part('attribution')),
      text: `Source the ${unsupportedCount === 1 ? 'unsupported claim' : `${unsupportedCount} unsupported claims`}: say who estimated each figure and when, or cut it.`
    })
  if (loadedFindings.length > 0) {
    const examples = [
      ...new Set(loadedFindings.map((finding) => finding.actual.replace(/^[\s,]+|[\s,]+$/g, '').toLowerCase()))
    ]
      .slice(0, 4)
      .map((word) => `“${word}”`)
    steps.push({
      gain: gain(part('loaded-language')) + gain(part('writer-voice')),
      text: `Replace loaded or editorializing wording with neutral terms (${examples.join(', ')}).`
    })
  }
  const speculative = inputs.findingsIn('speculation')
  if (speculative.length > 0) {
    const examples = speculative.slice(0, 2).map((finding) => `“${finding.actual}”`)
    steps.push({
      gain: gain(part('certainty')),
      text: `Hedge or attribute predictions stated as certain (${examples.join(', ')}).`
    })
  }
  return steps.sort((a, b) => b.gain - a.gain).map((step) => step.text)
}
