// `npm run eval`: measures the rules on labelled data nobody on this project wrote.
// Reads ../shared/data and ../shared/fixtures when they exist (or EDITORIAL_REVIEW_DATA), says so when they do not.
import {existsSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {emptyConfig, lintText, parseConfig, scoreBalance, type Finding} from '../../src/engine/index'
import {PROJECT_ROOT, SHARED} from '../helpers'
import {binaryScores, changedTokenIndexes, findingsOf, hasCategory, macroF1, readJsonLines, rocAuc} from './datasets'
import {crossValidatedScores, featuresOf} from './fit-balance'
import {evaluateMarkedArticles, type ArticleRun} from './marked-articles'
import {scoreSeed, type SeedGold} from './seed-score'

const dataFolder = process.env.EDITORIAL_REVIEW_DATA ?? join(SHARED, 'data')
const fixturesFolder = join(SHARED, 'fixtures')
const limit = Number(process.env.EVAL_LIMIT ?? Infinity)
const verbose = process.argv.includes('--verbose')
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length)
/** `--config=<file>` (repeatable): also measure the marked articles with that config file, one table row each. */
/** `--out=<folder>`: where the marked-article listings go (default eval-output/), so two runs need not share one. */
const outputFolder =
  process.argv.find((argument) => argument.startsWith('--out='))?.slice('--out='.length) ??
  join(PROJECT_ROOT, 'eval-output')
const configFiles = process.argv
  .filter((argument) => argument.startsWith('--config='))
  .map((argument) => argument.slice('--config='.length))

const format = (value: number) => value.toFixed(3)
const wanted = (name: string) => !only || only === name

function evaluateSeed(): void {
  const articlePath = join(fixturesFolder, 'seed-article.txt')
  const goldPath = join(fixturesFolder, 'seed-article.gold.json')
  if (!existsSync(articlePath) || !existsSync(goldPath)) {
    console.log(`seed article: not found at ${fixturesFolder}; skipped.`)
    return
  }
  const text = readFileSync(articlePath, 'utf8')
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold
  const score = scoreSeed(lintText(text, {kind: 'plaintext'}).findings, gold)
  console.log("seed article (editor's marks)")
  console.log(
    `  must found ${score.mustFound}/${score.mustTotal}, should found ${score.shouldFound}/${score.shouldTotal}`
  )
  console.log(
    `  editorial precision ${format(score.precision)} (${score.editorialHits}/${score.editorialFindings}); inside must-not-flag spans: ${score.forbidden.length}`
  )
  for (const span of score.missedMust) console.log(`  missed must: [${span.category}] ${span.text}`)
  if (verbose)
    for (const finding of score.falsePositives) console.log(`  unmarked: [${finding.category}] ${finding.actual}`)
}

function evaluateWeasel(): void {
  const rows = readJsonLines<{text: string; uncertain: boolean}>(dataFolder, 'conll_weasel_train.jsonl')?.slice(
    0,
    limit
  )
  if (!rows) {
    console.log('CoNLL-2010 weasel: conll_weasel_train.jsonl not found; skipped.')
    return
  }
  const predicted = rows.map((row) => hasCategory(findingsOf(row.text), ['weasel']))
  const scores = binaryScores(
    predicted,
    rows.map((row) => row.uncertain)
  )
  console.log(
    `CoNLL-2010 weasel (${rows.length} sentences): precision ${format(scores.precision)}, recall ${format(scores.recall)}, F1 ${format(scores.f1)} (uncertain class)`
  )
  const strict = {...emptyConfig(), rules: {'vague-quantity': true}}
  const strictScores = binaryScores(
    rows.map((row) => hasCategory(lintText(row.text, {kind: 'plaintext', config: strict}).findings, ['weasel'])),
    rows.map((row) => row.uncertain)
  )
  console.log(
    `  with vague-quantity on (off by default): precision ${format(strictScores.precision)}, recall ${format(strictScores.recall)}, F1 ${format(strictScores.f1)}`
  )
  if (verbose) {
    rows.forEach((row, index) => {
      if (predicted[index] && !row.uncertain) console.log(`  false alarm: ${row.text.slice(0, 160)}`)
    })
  }
}

function evaluateNeutrality(): void {
  const rows = readJsonLines<{biased: string; neutral: string}>(dataFolder, 'wnc_train.jsonl')?.slice(0, limit)
  if (!rows) {
    console.log('Wiki Neutrality Corpus: wnc_train.jsonl not found; skipped.')
    return
  }
  const categories = ['loaded-language', 'editorializing'] as const
  let hits = 0
  let falseAlarms = 0
  for (const row of rows) {
    const tokens = row.biased.split(' ')
    const changed = changedTokenIndexes(tokens, row.neutral.split(' '))
    const starts: number[] = []
    let offset = 0
    for (const token of tokens) {
      starts.push(offset)
      offset += token.length + 1
    }
    const findings = findingsOf(row.biased).filter((finding) =>
      (categories as readonly string[]).includes(finding.category)
    )
    const covers = (finding: Finding) =>
      [...changed].some(
        (index) => starts[index] < finding.span.end && starts[index] + tokens[index].length > finding.span.start
      )
    if (findings.some(covers)) hits++
    else if (verbose)
      console.log(
        `  missed: ${tokens.filter((_, index) => changed.has(index)).join(' ')}  |  ${row.biased.slice(0, 120)}`
      )
    if (hasCategory(findingsOf(row.neutral), [...categories])) falseAlarms++
  }
  console.log(
    `Wiki Neutrality Corpus (${rows.length} pairs): hit rate ${format(hits / rows.length)}, false-alarm rate on neutral ${format(falseAlarms / rows.length)}`
  )
}

function evaluateClaims(): void {
  const rows = readJsonLines<{text: string; checkworthy: boolean}>(dataFolder, 'claimbuster_train.jsonl')?.slice(
    0,
    limit
  )
  if (!rows) {
    console.log('ClaimBuster: claimbuster_train.jsonl not found; skipped.')
    return
  }
  const flagged = rows.map((row) => hasCategory(findingsOf(row.text), ['unsupported-claim']))
  const worthy = rows.filter((row) => row.checkworthy).length
  const flaggedWorthy = rows.filter((row, index) => row.checkworthy && flagged[index]).length
  const flaggedOther = rows.filter((row, index) => !row.checkworthy && flagged[index]).length
  console.log(
    `ClaimBuster (${rows.length} sentences): unsupported-claim recall on check-worthy ${format(flaggedWorthy / worthy)}, rate on the others ${format(flaggedOther / (rows.length - worthy))}`
  )
}

function evaluateSubjectivity(): void {
  const rows = readJsonLines<{text: string; subjective: boolean}>(
    dataFolder,
    'checkthat2023_subjectivity_train.jsonl'
  )?.slice(0, limit)
  if (!rows) {
    console.log('CheckThat! 2023: checkthat2023_subjectivity_train.jsonl not found; skipped.')
    return
  }
  const predicted = rows.map((row) =>
    hasCategory(findingsOf(row.text), ['loaded-language', 'editorializing', 'speculation'])
  )
  const actual = rows.map((row) => row.subjective)
  const positive = binaryScores(predicted, actual)
  console.log(
    `CheckThat! 2023 subjectivity (${rows.length} sentences): macro-F1 ${format(macroF1(predicted, actual))} (subjective class precision ${format(positive.precision)}, recall ${format(positive.recall)})`
  )
}

function evaluateBalance(): void {
  const rows = readJsonLines<{id: string; title: string; text: string; hyperpartisan: boolean}>(
    dataFolder,
    'semeval_hyperpartisan_dev.jsonl'
  )?.slice(0, limit)
  if (!rows) {
    console.log('SemEval-2019 hyperpartisan: semeval_hyperpartisan_dev.jsonl not found; skipped.')
    return
  }
  const reports = rows.map((row) => scoreBalance(`${row.title}\n\n${row.text}`, {kind: 'plaintext'}))
  const labels = rows.map((row) => row.hyperpartisan)
  console.log(
    `SemEval-2019 hyperpartisan (${rows.length} articles): ROC AUC of 100 - balance score ${format(
      rocAuc(
        reports.map((report) => 100 - report.score),
        labels
      )
    )}`
  )
  const ids = reports[0]?.components.map((component) => component.id) ?? []
  const single = ids.map((id) => {
    const values = reports.map((report) => 1 - report.components.find((component) => component.id === id)!.score)
    return `${id} ${format(rocAuc(values, labels))}`
  })
  console.log(`  each component alone: ${single.join(', ')}`)
  // The weights' method, cross-validated (refitted without each fold: test/eval/fit-balance.ts), beside length alone.
  const features = reports.map((report) => featuresOf(report.components, ids))
  console.log(
    `  cross-validated ROC AUC of the fitted weights (5 folds) ${format(rocAuc(crossValidatedScores(features, labels, ids), labels))}; length alone ${format(
      rocAuc(
        reports.map((report) => report.words),
        labels
      )
    )}`
  )
  const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / Math.max(1, values.length)
  console.log(
    `  mean score: hyperpartisan ${mean(reports.filter((_, index) => labels[index]).map((report) => report.score)).toFixed(1)}, others ${mean(reports.filter((_, index) => !labels[index]).map((report) => report.score)).toFixed(1)}`
  )
}

function evaluateArticles(): void {
  // The default is `balanced`; the other two sensitivities are printed beside it.
  const runs: ArticleRun[] = [
    {name: 'default', config: emptyConfig()},
    {name: 'precise', config: {...emptyConfig(), sensitivity: 'precise'}},
    {name: 'thorough', config: {...emptyConfig(), sensitivity: 'thorough'}}
  ]
  for (const path of configFiles) {
    const {config, notices} = parseConfig(readFileSync(path, 'utf8'), path)
    for (const notice of notices) console.log(`  config ${notice.severity}: ${notice.message}`)
    const name = basename(path).replace(/\.json$/, '')
    // Names pick the output files, so two configs never share one.
    runs.push({name: runs.some((run) => run.name === name) ? `${name}-${runs.length}` : name, config})
  }
  evaluateMarkedArticles({
    folder: join(dataFolder, 'articles'),
    outputFolder,
    runs,
    verbose,
    limit
  })
}

if (!existsSync(dataFolder) && !existsSync(fixturesFolder)) {
  console.log(`No evaluation data: neither ${dataFolder} nor ${fixturesFolder} exists. Nothing to measure.`)
  process.exit(0)
}
if (!existsSync(dataFolder)) console.log(`Data folder ${dataFolder} not found: only the seed article is measured.`)
if (wanted('seed')) evaluateSeed()
if (wanted('articles')) evaluateArticles()
if (wanted('weasel')) evaluateWeasel()
if (wanted('wnc')) evaluateNeutrality()
if (wanted('claims')) evaluateClaims()
if (wanted('subjectivity')) evaluateSubjectivity()
if (wanted('balance')) evaluateBalance()
