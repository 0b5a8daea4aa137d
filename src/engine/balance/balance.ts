import type {EditorialConfig} from '../config'
import {lintText, type LintResult} from '../lint'
import {isOtherVoice} from '../reading/voices'
import {sentencesOf, type SentenceTokens} from '../reading/sentences'
import {analyzeClaims, type SentenceClaims} from '../reading/claims'
import type {ProseDocument} from '../reading/document'
import type {DocumentKind, Finding, Span} from '../types'
import {COUNTER_VERBS, CONTRAST_OPENERS, RESPONSE_SOUGHT} from '../reading/speakers.data'
import {findSources, mainOrganizations, type Source} from '../reading/speakers'

export interface BalanceEvidence {
  /** Where it is, in UTF-16 code units. */
  span: Span
  text: string
  note: string
}

export interface BalanceComponent {
  id: 'attribution' | 'voices' | 'counter-perspective' | 'loaded-language' | 'writer-voice' | 'certainty'
  label: string
  /** 0 (one-sided) to 1 (balanced). */
  score: number
  weight: number
  /** One sentence on how the score came about. */
  detail: string
  evidence: BalanceEvidence[]
}

export interface BalanceReport {
  version: 1
  /** 0 (one-sided) to 100 (balanced): the weighted sum of the components. */
  score: number
  verdict: string
  summary: string
  components: BalanceComponent[]
  /** What an editor could do, most useful first. */
  nextSteps: string[]
  /** Who the article quotes or cites. */
  sources: Array<Pick<Source, 'name' | 'description' | 'side' | 'named' | 'quoted'>>
  /** Words in the writer's own voice (outside quotations, embedded posts and page furniture). */
  words: number
}

/** The weights, documented with their reasons in docs/balance-score.md. */
export const BALANCE_WEIGHTS: Readonly<Record<BalanceComponent['id'], number>> = {
  attribution: 0.2,
  voices: 0.2,
  'counter-perspective': 0.15,
  'loaded-language': 0.15,
  'writer-voice': 0.2,
  certainty: 0.1
}

/** Loaded or editorializing words per 100 words at which that component reaches 0. */
const LOADED_DENSITY_AT_ZERO = 2.5
/** Predictions stated as certain per 100 words at which that component reaches 0. */
const CERTAINTY_DENSITY_AT_ZERO = 1
/** Voices (named = 1, described = 0.5, vague = 0.25) for a full voices score: at least 3, and one more per 250 words. */
const MIN_VOICES_FOR_FULL_SCORE = 3
const WORDS_PER_VOICE = 250
/** Marks of the writer's own voice per 100 words at which that component reaches 0. */
const VOICE_DENSITY_AT_ZERO = 3
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'you', 'your', "we're", "i'm", "you're", "we've", "i've"])

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
  mainOrgs: readonly string[]
  /** Words in the writer's own voice. */
  words: number
  findingsIn: (category: Finding['category']) => Finding[]
}

/**
 * The balance report from a lint already done (the extension keeps one for
 * every open article): the article as read and the findings of that lint.
 */
export function balanceFromLint({findings, document}: LintResult): BalanceReport {
  const sentences = sentencesOf(document.tree)
  const claims = analyzeClaims(document.tree, document)
  const headlines = claims.filter((claim) => claim.headline).map((claim) => claim.sentence)
  const body = claims.filter((claim) => !claim.headline).map((claim) => claim.sentence)
  const mainOrgs = mainOrganizations(body, headlines)
  const inputs: BalanceInputs = {
    document,
    sentences,
    claims,
    body,
    sources: findSources(document, body, mainOrgs),
    mainOrgs,
    words: sentences.reduce((total, {tokens}) => total + tokens.filter((token) => token.node.type === 'WordNode' && !isOtherVoice(document, token)).length, 0),
    findingsIn: (category) => findings.filter((finding) => finding.category === category)
  }
  const attribution = attributionComponent(inputs)
  const voices = voicesComponent(inputs)
  const counter = counterPerspectiveComponent(inputs)
  const loaded = loadedLanguageComponent(inputs)
  const writerVoice = writerVoiceComponent(inputs)
  const certainty = certaintyComponent(inputs)
  const components = [attribution, voices, counter, loaded, writerVoice, certainty]
  const score = Math.round(100 * components.reduce((total, component) => total + component.weight * component.score, 0))
  const verdict = score >= 70 ? 'Balanced' : score >= 50 ? 'Leans to one side' : score >= 30 ? 'One-sided' : 'Strongly one-sided'
  const weakest = [...components].sort((a, b) => a.score - b.score).filter((component) => component.score < 0.7)
  const summary = weakest.length === 0 ? `${verdict} (${score}/100): every component is in good shape.` : `${verdict} (${score}/100). ${weakest.slice(0, 3).map((component) => component.detail).join(' ')}`
  const unsupportedCount = inputs.claims.filter((claim) => claim.signals.length > 0 && !claim.supported).length

  return {
    version: 1,
    score,
    verdict,
    summary,
    components,
    nextSteps: nextSteps(
      {attribution, voices, counter, loaded, writerVoice, certainty},
      unsupportedCount,
      [...inputs.findingsIn('loaded-language'), ...inputs.findingsIn('editorializing')],
      inputs.findingsIn('speculation'),
      inputs.mainOrgs
    ),
    sources: inputs.sources.map(({name, description, side, named, quoted}) => ({name, description, side, named, quoted})),
    words: inputs.words
  }
}

function evidenceOf({document}: BalanceInputs, span: Span, note: string): BalanceEvidence {
  return {span: {start: span.start, end: span.end}, text: document.text.slice(span.start, span.end), note}
}

const per100 = ({words}: BalanceInputs, count: number) => (words === 0 ? 0 : (count * 100) / words)
const clamp = (value: number) => Math.max(0, Math.min(1, value))

/** Attribution: the share of sentences making a checkable claim that carry a source. */
function attributionComponent(inputs: BalanceInputs): BalanceComponent {
  const claimSentences = inputs.claims.filter((claim) => claim.signals.length > 0)
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
      return evidenceOf(inputs, {start: first.start, end: last.end}, 'No source in this sentence or the one before.')
    })
  }
}

/** Voices: how many sources speak, how precisely they are named, and from how many sides. */
function voicesComponent(inputs: BalanceInputs): BalanceComponent {
  const {sources, mainOrgs, words} = inputs
  const vague = inputs.findingsIn('weasel')
  const named = sources.filter((source) => source.named)
  const described = sources.filter((source) => !source.named)
  const sides = new Set(named.map((source) => source.side).filter((side) => side !== 'unknown'))
  const twoSides = sides.size >= 2 || (mainOrgs.length === 0 && named.length >= 2)
  const weightedVoices = named.length + 0.5 * described.length + 0.25 * vague.length
  const sideNames = mainOrgs.join(' and ')
  return {
    id: 'voices',
    label: 'Voices from more than one side',
    weight: BALANCE_WEIGHTS.voices,
    score: clamp(weightedVoices / Math.max(MIN_VOICES_FOR_FULL_SCORE, words / WORDS_PER_VOICE)) * (twoSides ? 1 : 0.5),
    detail:
      sources.length === 0
        ? 'No one is quoted or cited by name.'
        : `${named.length} named ${named.length === 1 ? 'source' : 'sources'}${described.length > 0 ? `, ${described.length} described` : ''}${vague.length > 0 ? `, ${vague.length} vague` : ''}; ${
            twoSides ? 'they speak from more than one side' : sides.has('principal') ? `all from the deal's own side (${sideNames})` : 'all from one side'
          }.`,
    evidence: [
      ...sources.map((source) => evidenceOf(inputs, source.sentence, `${source.name}${source.description ? ` (${source.description})` : ''}: ${sideLabel(source, sideNames)}${source.quoted ? ', quoted' : ''}.`)),
      ...vague.map((finding) => evidenceOf(inputs, finding.span, 'A vague source: it counts for little.'))
    ]
  }
}

/** Counter-perspective: does anyone outside the article's own side answer or dispute it? */
function counterPerspectiveComponent(inputs: BalanceInputs): BalanceComponent {
  const counterEvidence: Array<{strength: number; item: BalanceEvidence}> = []
  let lastSource: Source | undefined
  for (const sentence of inputs.body) {
    const speaking = inputs.sources.find((source) => source.sentence.start === sentence.start)
    const firstWord = sentence.tokens.find((token) => token.node.type === 'WordNode')
    // "She disputed…" goes on with the last source named.
    const source = speaking ?? (firstWord && ['he', 'she', 'they'].includes(firstWord.lower) ? lastSource : undefined)
    if (source && source.side === 'independent') {
      const strong = isContrastive(sentence)
      counterEvidence.push({strength: strong ? 1 : source.named ? 0.5 : 0.25, item: evidenceOf(inputs, sentence, strong ? `${source.name} disputes or answers the article’s main line.` : `${source.name} is an outside voice.`)})
    }
    if (speaking) lastSource = speaking
  }
  for (const sentence of inputs.sentences) {
    const sentenceText = inputs.document.text.slice(sentence.start, sentence.end)
    if (RESPONSE_SOUGHT.some((pattern) => pattern.test(sentenceText))) counterEvidence.push({strength: 0.5, item: evidenceOf(inputs, sentence, 'The other side was asked for its response.')})
  }
  for (const finding of inputs.findingsIn('weasel')) {
    if (/critic|opponent|skeptic|sceptic|detractor/i.test(finding.actual)) counterEvidence.push({strength: 0.25, item: evidenceOf(inputs, finding.span, 'An unnamed counter-view.')})
  }
  const score = Math.max(0, ...counterEvidence.map((entry) => entry.strength))
  return {
    id: 'counter-perspective',
    label: 'The other side’s case or response',
    weight: BALANCE_WEIGHTS['counter-perspective'],
    score,
    detail:
      score >= 1
        ? 'A named outside source disputes or answers the article’s main line.'
        : score > 0
          ? 'Another view appears only faintly: unnamed, or without a response from the other side.'
          : 'No one outside the article’s own side disputes or answers it.',
    evidence: counterEvidence.sort((a, b) => b.strength - a.strength).map((entry) => entry.item)
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
    detail: `${loaded.length} loaded ${loaded.length === 1 ? 'word or phrase' : 'words or phrases'} in ${inputs.words} words of the writer’s own (${density.toFixed(1)} per 100).`,
    evidence: loaded.map((finding) => evidenceOf(inputs, finding.span, 'Loaded wording.'))
  }
}

/** The writer's voice: editorializing, "I", "we" and "you", and exclamations outside quotations. */
function writerVoiceComponent(inputs: BalanceInputs): BalanceComponent {
  const editorializing = inputs.findingsIn('editorializing')
  const {document} = inputs
  const personal = inputs.sentences.flatMap(({tokens}) => tokens.filter((token) => (FIRST_AND_SECOND_PERSON.has(token.lower) || token.text === '!') && !isOtherVoice(document, token)))
  const density = per100(inputs, editorializing.length + personal.length)
  return {
    id: 'writer-voice',
    label: 'A reporter’s voice, not the writer’s',
    weight: BALANCE_WEIGHTS['writer-voice'],
    score: clamp(1 - density / VOICE_DENSITY_AT_ZERO),
    detail: `${editorializing.length} editorializing ${editorializing.length === 1 ? 'phrase' : 'phrases'} and ${personal.length} uses of “I”, “we”, “you” or “!” outside quotations (${density.toFixed(1)} per 100 words).`,
    evidence: [
      ...editorializing.map((finding) => evidenceOf(inputs, finding.span, 'The writer tells the reader what to think.')),
      ...personal.slice(0, 20).map((token) => evidenceOf(inputs, token, token.text === '!' ? 'An exclamation in the writer’s voice.' : 'The writer speaking in person.'))
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
    detail: `${speculative.length} ${speculative.length === 1 ? 'prediction or motive' : 'predictions or motives'} stated as certain (${density.toFixed(1)} per 100 words).`,
    evidence: speculative.map((finding) => evidenceOf(inputs, finding.span, 'Stated as certain.'))
  }
}

function isContrastive({tokens}: SentenceTokens): boolean {
  const first = tokens.find((token) => token.node.type === 'WordNode')
  return tokens.some((token) => COUNTER_VERBS.has(token.lower)) || (first !== undefined && CONTRAST_OPENERS.has(first.lower))
}

function sideLabel(source: Source, sideNames: string): string {
  if (source.side === 'principal') return sideNames ? `speaks for the article's subject (${sideNames})` : 'speaks for the article’s subject'
  if (source.side === 'independent') return 'an outside voice'
  return 'side unknown'
}

function nextSteps(
  parts: Record<'attribution' | 'voices' | 'counter' | 'loaded' | 'writerVoice' | 'certainty', BalanceComponent>,
  unsupportedCount: number,
  loadedFindings: readonly Finding[],
  speculative: readonly Finding[],
  mainOrgs: readonly string[]
): string[] {
  const steps: Array<{gain: number; text: string}> = []
  const gain = (component: BalanceComponent) => component.weight * (1 - component.score)
  const outside = mainOrgs.length > 0 ? `outside ${mainOrgs.join(' and ')}` : 'outside the article’s own side'
  if (parts.voices.score < 0.7) steps.push({gain: gain(parts.voices), text: `Quote someone ${outside}: an independent analyst, a regulator, a rival or a critic, by name.`})
  if (parts.counter.score < 1) steps.push({gain: gain(parts.counter), text: `Give the other side’s case, or ${mainOrgs.length > 0 ? `ask ${mainOrgs.join(' and ')} to respond to` : 'a response to'} the article’s criticism.`})
  if (unsupportedCount > 0) steps.push({gain: gain(parts.attribution), text: `Source the ${unsupportedCount} unsupported ${unsupportedCount === 1 ? 'claim' : 'claims'}: say who estimated each figure and when, or cut it.`})
  if (loadedFindings.length > 0) {
    const examples = [...new Set(loadedFindings.map((finding) => finding.actual.replace(/^[\s,]+|[\s,]+$/g, '').toLowerCase()))].slice(0, 4).map((word) => `“${word}”`)
    steps.push({gain: gain(parts.loaded) + gain(parts.writerVoice), text: `Replace loaded or editorializing wording with neutral terms (${examples.join(', ')}).`})
  }
  if (speculative.length > 0) {
    const examples = speculative.slice(0, 2).map((finding) => `“${finding.actual}”`)
    steps.push({gain: gain(parts.certainty), text: `Hedge or attribute predictions stated as certain (${examples.join(', ')}).`})
  }
  return steps.sort((a, b) => b.gain - a.gain).map((step) => step.text)
}
