// Scores the engine on real articles an editor marked (../shared/data/articles), as that folder's README
// defines it: precision of the seven editor categories, recall of `must` and `must`+`should` marks, findings
// on `must_not_flag` spans, and the balance score against the editor's rating. Each article is linted once
// per engine configuration; one table row per configuration, so settings can be compared side by side.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import type {Root} from 'nlcst'
import {
  balanceFromLint,
  lintText,
  type Category,
  type EditorialConfig,
  editOf,
  type Finding,
  type Suggestion,
  type LintResult,
  type Span
} from '../../src/engine/index'
import {isFound, overlapping, overlaps, type GoldSpan, type SeedGold} from './seed-score'

/** The categories an editor marks in these articles; findings in other categories are not counted either way. */
export const ARTICLE_CATEGORIES = [
  'unsupported-claim',
  'weasel',
  'speculation',
  'loaded-language',
  'editorializing',
  'passive-voice',
  'inclusive-language'
] as const satisfies readonly Category[]
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number]

const isArticleCategory = (category: string): category is ArticleCategory =>
  (ARTICLE_CATEGORIES as readonly string[]).includes(category)

export type MustNotFlag = SeedGold['must_not_flag'][number]

/** `<id>.gold.json`: the seed fixture's format, extended to seven categories. */
export interface MarkedGold extends SeedGold {
  article: string
  categories: string[]
}

export interface MarkedArticle {
  id: string
  text: string
  gold: MarkedGold
  /** The editor's balance rating, 0 (one-sided) to 100 (balanced), when there is one. */
  rating?: number
}

export interface MarkedArticles {
  articles: MarkedArticle[]
  /** What does not hold in the data: marks whose text is not at their offset, unknown categories, missing ratings. */
  problems: string[]
}

/** Reads every `<id>.txt` with its `<id>.gold.json`, and the ratings; undefined when the folder is missing. */
export function readMarkedArticles(folder: string): MarkedArticles | undefined {
  if (!existsSync(folder)) return undefined
  const ratingsPath = join(folder, 'balance_ratings.json')
  const ratings = existsSync(ratingsPath)
    ? (JSON.parse(readFileSync(ratingsPath, 'utf8')) as Record<string, {score: number}>)
    : {}
  const problems: string[] = []
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name): MarkedArticle => {
      const id = name.slice(0, -'.gold.json'.length)
      const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as MarkedGold
      const text = readFileSync(join(folder, gold.article ?? `${id}.txt`), 'utf8')
      for (const span of [...gold.findings, ...gold.must_not_flag]) {
        const atOffset = text.slice(span.offset, span.offset + span.text.length)
        if (atOffset !== span.text)
          problems.push(`${id}: mark “${span.text}” at ${span.offset}, but the text there is “${atOffset}”`)
      }
      for (const span of gold.findings) {
        if (!isArticleCategory(span.category))
          problems.push(`${id}: mark “${span.text}” has unknown category ${span.category}`)
      }
      const rating = ratings[id]?.score
      if (rating === undefined) problems.push(`${id}: no balance rating`)
      return {id, text, gold, rating}
    })
  return {articles, problems}
}

/** Counts behind every figure, for one article or a sum, overall or for one category. */
export interface Counts {
  /** Findings in the seven categories. */
  findings: number
  /** Of those, the ones overlapping some marked span of any category (and level). */
  hits: number
  must: number
  mustFound: number
  /** `must` and `should` marks together. */
  mustShould: number
  mustShouldFound: number
  /** Findings overlapping a `must_not_flag` span. */
  forbidden: number
}

export const emptyCounts = (): Counts => ({
  findings: 0,
  hits: 0,
  must: 0,
  mustFound: 0,
  mustShould: 0,
  mustShouldFound: 0,
  forbidden: 0
})

export function addCounts(into: Counts, from: Counts): Counts {
  for (const key of Object.keys(into) as Array<keyof Counts>) into[key] += from[key]
  return into
}

export interface ForbiddenHit {
  finding: Finding
  spans: MustNotFlag[]
}

export interface ArticleScore {
  id: string
  overall: Counts
  byCategory: Record<ArticleCategory, Counts>
  /** Findings in the seven categories that overlap no marked span. */
  unmarked: Finding[]
  /** `must` and `should` marks no finding of their category overlaps. */
  missed: GoldSpan[]
  forbidden: ForbiddenHit[]
}

const countsByCategory = () =>
  Object.fromEntries(ARTICLE_CATEGORIES.map((category) => [category, emptyCounts()])) as Record<ArticleCategory, Counts>

/** Scores one article's findings against its marks. Pure: no files, no engine. */
export function scoreArticle(id: string, findings: readonly Finding[], gold: SeedGold): ArticleScore {
  const byCategory = countsByCategory()
  const unmarked: Finding[] = []
  const forbidden: ForbiddenHit[] = []
  for (const finding of findings) {
    if (!isArticleCategory(finding.category)) continue
    const counts = byCategory[finding.category]
    counts.findings++
    if (overlapping(finding, gold.findings).length > 0) counts.hits++
    else unmarked.push(finding)
    const spans = overlapping(finding, gold.must_not_flag)
    if (spans.length > 0) {
      counts.forbidden++
      forbidden.push({finding, spans})
    }
  }
  const missed: GoldSpan[] = []
  for (const span of gold.findings) {
    if (!isArticleCategory(span.category) || span.level === 'may') continue
    const counts = byCategory[span.category]
    const found = isFound(span, findings)
    counts.mustShould++
    if (found) counts.mustShouldFound++
    if (span.level === 'must') {
      counts.must++
      if (found) counts.mustFound++
    }
    if (!found) missed.push(span)
  }
  const overall = Object.values(byCategory).reduce(addCounts, emptyCounts())
  return {id, overall, byCategory, unmarked, missed, forbidden}
}

export interface Totals {
  overall: Counts
  byCategory: Record<ArticleCategory, Counts>
}

export function totalOf(scores: readonly ArticleScore[]): Totals {
  const byCategory = countsByCategory()
  for (const score of scores)
    for (const category of ARTICLE_CATEGORIES) addCounts(byCategory[category], score.byCategory[category])
  return {overall: Object.values(byCategory).reduce((sum, counts) => addCounts(sum, counts), emptyCounts()), byCategory}
}

/** part / whole, or NaN when there is nothing to divide (shown as "n/a", written as null). */
export const ratio = (part: number, whole: number): number => (whole === 0 ? Number.NaN : part / whole)

/** Ranks from 1, ties sharing the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({value, index})).sort((a, b) => a.value - b.value)
  const ranks = new Array<number>(values.length)
  for (let start = 0; start < order.length; ) {
    let end = start
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++
    const rank = (start + end) / 2 + 1
    for (let position = start; position <= end; position++) ranks[order[position].index] = rank
    start = end + 1
  }
  return ranks
}

/** Pearson correlation; NaN when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const meanX = mean(xs)
  const meanY = mean(ys)
  let covariance = 0
  let varianceX = 0
  let varianceY = 0
  xs.forEach((x, index) => {
    covariance += (x - meanX) * (ys[index] - meanY)
    varianceX += (x - meanX) ** 2
    varianceY += (ys[index] - meanY) ** 2
  })
  return varianceX === 0 || varianceY === 0 ? Number.NaN : covariance / Math.sqrt(varianceX * varianceY)
}

/** Spearman's ρ: Pearson correlation of the average ranks, so ties are handled. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error(`spearman: ${xs.length} values against ${ys.length}`)
  return xs.length < 2 ? Number.NaN : pearson(averageRanks(xs), averageRanks(ys))
}

export const mean = (values: readonly number[]): number =>
  ratio(
    values.reduce((total, value) => total + value, 0),
    values.length
  )

export function meanAbsoluteDifference(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error(`meanAbsoluteDifference: ${xs.length} values against ${ys.length}`)
  return ratio(
    xs.reduce((total, x, index) => total + Math.abs(x - ys[index]), 0),
    xs.length
  )
}

/** Where each sentence lies in the text, from the tree the engine parsed. */
export function sentenceSpans(tree: Root): Span[] {
  const spans: Span[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined) spans.push({start, end})
    }
  }
  return spans
}

/** The sentence or sentences holding [start, end); the text's line when no sentence does. */
export function sentenceAround(text: string, sentences: readonly Span[], start: number, end: number): Span {
  const touching = sentences.filter((sentence) => sentence.start < Math.max(end, start + 1) && sentence.end > start)
  if (touching.length > 0)
    return {start: Math.min(...touching.map((s) => s.start)), end: Math.max(...touching.map((s) => s.end))}
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  return {start: lineStart, end: lineEnd < 0 ? text.length : lineEnd}
}

/** The sentence with the suggestion applied where it applies (its own span, else the finding's). */
export function applySuggestion(text: string, sentence: Span, finding: Finding, suggestion: Suggestion): string {
  const {span} = editOf(finding, suggestion)
  const from = Math.min(sentence.start, span.start)
  const to = Math.max(sentence.end, span.end)
  return text.slice(from, span.start) + suggestion.replacement + text.slice(span.end, to)
}

/** One engine configuration to measure: a row in the table. */
export interface ArticleRun {
  name: string
  config: EditorialConfig
}

export interface ArticlesOptions {
  folder: string
  /** Where the reading files and the JSON summary go (git-ignored). */
  outputFolder: string
  runs: readonly ArticleRun[]
  verbose: boolean
  limit?: number
  log?: (line: string) => void
}

interface LintedArticle {
  article: MarkedArticle
  result: LintResult
  score: ArticleScore
  balance: number
}

interface RunResult {
  run: ArticleRun
  linted: LintedArticle[]
  totals: Totals
  rho: number
  mad: number
  rated: number
  /** Mean balance score and mean editor's rating over the rated articles: says whether the difference is one-way. */
  meanScore: number
  meanRating: number
}

const format = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3))
const share = (part: number, whole: number) => `${format(ratio(part, whole))} (${part}/${whole})`
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()
const fileSafe = (name: string) => name.replace(/[^\w.-]+/g, '-')

function runOnce(run: ArticleRun, articles: readonly MarkedArticle[]): RunResult {
  const linted = articles.map((article): LintedArticle => {
    const result = lintText(article.text, {kind: 'plaintext', path: `${article.id}.txt`, config: run.config})
    return {
      article,
      result,
      score: scoreArticle(article.id, result.findings, article.gold),
      balance: balanceFromLint(result).score
    }
  })
  const rated = linted.filter((entry) => entry.article.rating !== undefined)
  const scores = rated.map((entry) => entry.balance)
  const ratings = rated.map((entry) => entry.article.rating!)
  return {
    run,
    linted,
    totals: totalOf(linted.map((entry) => entry.score)),
    rho: spearman(scores, ratings),
    mad: meanAbsoluteDifference(scores, ratings),
    rated: rated.length,
    meanScore: mean(scores),
    meanRating: mean(ratings)
  }
}

/** The `--only=articles` section of `npm run eval`. */
export function evaluateMarkedArticles(options: ArticlesOptions): void {
  const log = options.log ?? console.log
  const data = readMarkedArticles(options.folder)
  if (!data) {
    log(`Marked articles: ${options.folder} not found; skipped.`)
    return
  }
  const articles = data.articles.slice(0, options.limit ?? Infinity)
  const marks = articles.flatMap((article) => article.gold.findings)
  const level = (name: GoldSpan['level']) => marks.filter((span) => span.level === name).length
  const mustNotFlag = articles.reduce((total, article) => total + article.gold.must_not_flag.length, 0)
  log(
    `Marked articles (${articles.length} articles, ${marks.length} marks: ${level('must')} must, ${level('should')} should, ${level('may')} may; ${mustNotFlag} must_not_flag spans)`
  )
  for (const problem of data.problems) log(`  data: ${problem}`)

  const results = options.runs.map((run) => runOnce(run, articles))
  const width = Math.max(6, ...options.runs.map((run) => run.name.length))
  log(
    `  ${'config'.padEnd(width)}  ${'precision'.padEnd(19)} ${'must recall'.padEnd(17)} ${'must+should recall'.padEnd(17)} ${'must_not_flag'.padEnd(13)} balance ρ  balance MAD`
  )
  for (const {run, totals, rho, mad} of results) {
    const all = totals.overall
    log(
      `  ${run.name.padEnd(width)}  ${share(all.hits, all.findings).padEnd(19)} ${share(all.mustFound, all.must).padEnd(17)} ${share(all.mustShouldFound, all.mustShould).padEnd(18)} ${String(all.forbidden).padEnd(13)} ${format(rho).padEnd(10)} ${mad.toFixed(1)}`
    )
  }

  mkdirSync(options.outputFolder, {recursive: true})
  // The folder shows the last run only: files of configs no longer measured would mislead.
  for (const name of readdirSync(options.outputFolder))
    if (name.startsWith('articles-')) rmSync(join(options.outputFolder, name))
  const files: string[] = []
  for (const result of results) {
    printDetails(result, options.verbose, log)
    files.push(...writeReadingFiles(result, options.outputFolder))
  }
  const summaryPath = join(options.outputFolder, 'articles-summary.json')
  writeFileSync(summaryPath, `${JSON.stringify(summaryOf(results, articles.length), null, 2)}\n`)
  files.push(summaryPath)
  log('  files:')
  for (const file of files) log(`    ${relative(process.cwd(), file) || file}`)
}

function printDetails(
  {run, linted, totals, rho, mad, rated, meanScore, meanRating}: RunResult,
  verbose: boolean,
  log: (line: string) => void
): void {
  log(`  [${run.name}] per category`)
  log(
    `    ${'category'.padEnd(19)} ${'precision'.padEnd(19)} ${'must recall'.padEnd(15)} ${'must+should recall'.padEnd(18)} must_not_flag`
  )
  for (const category of ARTICLE_CATEGORIES) {
    const counts = totals.byCategory[category]
    log(
      `    ${category.padEnd(19)} ${share(counts.hits, counts.findings).padEnd(19)} ${share(counts.mustFound, counts.must).padEnd(15)} ${share(counts.mustShouldFound, counts.mustShould).padEnd(18)} ${counts.forbidden}`
    )
  }
  log(
    `  [${run.name}] balance score against the editor's rating (${rated} articles): Spearman ρ ${format(rho)}, mean absolute difference ${mad.toFixed(1)} points (mean score ${meanScore.toFixed(1)}, mean rating ${meanRating.toFixed(1)})`
  )

  const forbidden = linted.flatMap(({article, score}) => score.forbidden.map((hit) => ({id: article.id, ...hit})))
  log(`  [${run.name}] findings on must_not_flag spans: ${forbidden.length}`)
  for (const {id, finding, spans} of forbidden) {
    log(
      `    ${id} [${finding.category}] ${finding.ruleId} “${oneLine(finding.actual)}” — ${spans.map((span) => span.why).join('; ')}`
    )
  }
  const perArticle = linted
    .filter(({score}) => score.forbidden.length > 0)
    .sort((a, b) => b.score.forbidden.length - a.score.forbidden.length)
  log(
    `    per article: ${perArticle.map(({article, score}) => `${article.id} ${score.forbidden.length}`).join(', ') || 'none'}${perArticle.length < linted.length ? `; the other ${linted.length - perArticle.length} none` : ''}`
  )

  if (!verbose) return
  log(`  [${run.name}] per article`)
  log(
    `    ${'article'.padEnd(8)} ${'precision'.padEnd(17)} ${'must'.padEnd(6)} ${'must+should'.padEnd(11)} ${'must_not_flag'.padEnd(13)} balance/rating`
  )
  for (const {article, score, balance} of linted) {
    const all = score.overall
    log(
      `    ${article.id.padEnd(8)} ${share(all.hits, all.findings).padEnd(17)} ${`${all.mustFound}/${all.must}`.padEnd(6)} ${`${all.mustShouldFound}/${all.mustShould}`.padEnd(11)} ${String(all.forbidden).padEnd(13)} ${balance}/${article.rating ?? '?'}`
    )
  }
}

/** Plain-text files an editor can read through: unmarked findings, missed marks, first rewrites. */
function writeReadingFiles({run, linted}: RunResult, folder: string): string[] {
  const unmarked: string[] = []
  const missed: string[] = []
  const rewrites: string[] = []
  let withoutSuggestion = 0
  for (const {article, result, score} of linted) {
    const {text} = article
    const sentences = sentenceSpans(result.document.tree)
    const sentenceOf = (start: number, end: number) => sentenceAround(text, sentences, start, end)
    const quote = (span: Span) => oneLine(text.slice(span.start, span.end))
    for (const finding of score.unmarked) {
      const on = overlapping(finding, article.gold.must_not_flag)
      unmarked.push(
        [
          `${article.id} [${finding.category}] ${finding.ruleId} “${finding.actual}”${on.length > 0 ? `  (on a must_not_flag span: ${on.map((span) => span.why).join('; ')})` : ''}`,
          `  ${finding.message}`,
          `  sentence: ${quote(sentenceOf(finding.span.start, finding.span.end))}`,
          ''
        ].join('\n')
      )
    }
    for (const span of score.missed) {
      missed.push(
        [
          `${article.id} [${span.level} ${span.category}] “${span.text}” — ${span.why}`,
          `  sentence: ${quote(sentenceOf(span.offset, span.offset + span.text.length))}`,
          ''
        ].join('\n')
      )
    }
    for (const finding of result.findings) {
      const suggestion = finding.suggestions[0]
      if (!suggestion) {
        withoutSuggestion++
        continue
      }
      const sentence = sentenceOf(finding.span.start, finding.span.end)
      const marked = article.gold.findings.some((span) => overlaps(finding, span))
      const forbidden = article.gold.must_not_flag.some((span) => overlaps(finding, span))
      const standing = !isArticleCategory(finding.category)
        ? 'not scored'
        : forbidden
          ? 'on a must_not_flag span'
          : marked
            ? 'marked'
            : 'unmarked'
      rewrites.push(
        [
          `${article.id} [${finding.category}] ${finding.ruleId} “${finding.actual}” (${standing})`,
          `  rewrite: ${suggestion.title}`,
          `  before:  ${oneLine(text.slice(sentence.start, sentence.end))}`,
          `  after:   ${oneLine(applySuggestion(text, sentence, finding, suggestion))}`,
          ''
        ].join('\n')
      )
    }
  }
  const heading = (what: string, count: number) =>
    `# ${what}: ${count}, config "${run.name}" (npm run eval -- --only=articles)\n\n`
  const write = (suffix: string, what: string, blocks: string[]) => {
    const path = join(folder, `articles-${fileSafe(run.name)}-${suffix}.txt`)
    writeFileSync(path, heading(what, blocks.length) + blocks.join('\n'))
    return path
  }
  return [
    write('unmarked', 'findings in the seven categories that overlap no marked span', unmarked),
    write('missed', 'must and should marks no finding of their category overlaps', missed),
    write(
      'rewrites',
      `first suggested rewrite of each finding that has one (${withoutSuggestion} findings have none)`,
      rewrites
    )
  ]
}

const figure = (value: number) => (Number.isNaN(value) ? null : Number(value.toFixed(4)))

function figuresOf(counts: Counts) {
  return {
    precision: figure(ratio(counts.hits, counts.findings)),
    mustRecall: figure(ratio(counts.mustFound, counts.must)),
    mustShouldRecall: figure(ratio(counts.mustShouldFound, counts.mustShould)),
    ...counts
  }
}

/** Every figure, and nothing from the articles' text, so two runs can be diffed. */
function summaryOf(results: readonly RunResult[], articleCount: number) {
  return {
    section: 'articles',
    articles: articleCount,
    configs: results.map(({run, linted, totals, rho, mad, rated, meanScore, meanRating}) => ({
      name: run.name,
      config: run.config,
      overall: figuresOf(totals.overall),
      byCategory: Object.fromEntries(
        ARTICLE_CATEGORIES.map((category) => [category, figuresOf(totals.byCategory[category])])
      ),
      balance: {
        articles: rated,
        spearman: figure(rho),
        meanAbsoluteDifference: figure(mad),
        meanScore: figure(meanScore),
        meanRating: figure(meanRating)
      },
      perArticle: Object.fromEntries(
        linted.map(({article, score, balance}) => [
          article.id,
          {...figuresOf(score.overall), balance, rating: article.rating ?? null}
        ])
      )
    }))
  }
}
