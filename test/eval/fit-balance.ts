// `npm run fit-balance`: fits the balance score's component weights on the open SemEval dev articles
// (never the held-back ones) and prints cross-validated figures; then places the weighted sum on the
// editors' 0-100 scale with the 30 rated marked articles. The method, kept simple so the score stays
// explainable: logistic regression of "one-sided" on the components' shortfalls (1 - score, each 0..1,
// measured as rates so that length alone does not move them), weights held at zero or above so that
// improving a component never lowers the score, lightly L2-regularised, 5-fold stratified
// cross-validation. The weights are rescaled to sum to 1; each sourcing component keeps a floor of
// SOURCING_FLOOR (an editor's score must move when a source is added, whatever this data set rewards);
// rounded to 0.01 they become BALANCE_WEIGHTS. The scale from weighted sum to 0-100 is fitted on the
// editors' ratings of the 30 marked dev articles and becomes BALANCE_SCALE. docs/balance-score.md
// records the run.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {
  balanceFromLint,
  balanceMeasures,
  BALANCE_SCALE,
  BALANCE_WEIGHTS,
  lintText,
  type BalanceComponent,
  type LintResult
} from '../../src/engine/index'
import {SHARED} from '../helpers'
import {readJsonLines, rocAuc} from './datasets'
import {spearman} from './marked-articles'

type ComponentId = BalanceComponent['id']

const FOLDS = 5
const L2 = 0.01
const STEPS = 6000
const RATE = 2
/** The least share each sourcing component keeps in the score. */
export const SOURCING_FLOOR = 0.03
const SOURCING: readonly ComponentId[] = ['attribution', 'voices', 'counter-perspective', 'attributed-speech']

/** Component shortfalls (1 - score), so a positive weight means "more of this, more one-sided". */
export function featuresOf(components: readonly BalanceComponent[], ids: readonly ComponentId[]): number[] {
  return ids.map((id) => 1 - (components.find((component) => component.id === id)?.score ?? 1))
}

/** Logistic regression with non-negative weights (projected gradient descent); returns [bias, ...weights]. */
export function fitNonNegativeLogistic(rows: readonly number[][], labels: readonly boolean[], l2 = L2): number[] {
  const dimensions = rows[0]?.length ?? 0
  const weights = new Array(dimensions + 1).fill(0)
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array(dimensions + 1).fill(0)
    rows.forEach((row, index) => {
      const z = weights[0] + row.reduce((total, value, feature) => total + value * weights[feature + 1], 0)
      const error = 1 / (1 + Math.exp(-z)) - (labels[index] ? 1 : 0)
      gradient[0] += error
      for (const [feature, value] of row.entries()) gradient[feature + 1] += error * value
    })
    weights[0] -= (RATE * gradient[0]) / rows.length
    for (let feature = 1; feature <= dimensions; feature++) {
      weights[feature] = Math.max(
        0,
        weights[feature] - RATE * (gradient[feature] / rows.length + l2 * weights[feature])
      )
    }
  }
  return weights
}

/** Folds that keep the share of one-sided articles, assigned in a fixed order so runs repeat. */
export function stratifiedFolds(labels: readonly boolean[], folds = FOLDS): number[] {
  const assignment = new Array(labels.length).fill(0)
  let positives = 0
  let negatives = 0
  for (const [index, label] of labels.entries()) assignment[index] = label ? positives++ % folds : negatives++ % folds
  return assignment
}

/**
 * Each article's one-sidedness from weights fitted without its fold (and
 * floored and rounded as BALANCE_WEIGHTS are): the cross-validated scores.
 */
export function crossValidatedScores(
  rows: readonly number[][],
  labels: readonly boolean[],
  ids: readonly ComponentId[],
  folds = FOLDS
): number[] {
  const assignment = stratifiedFolds(labels, folds)
  const scores = new Array(rows.length).fill(0)
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.filter((_, index) => assignment[index] !== fold)
    const shares = roundedWeights(
      fitNonNegativeLogistic(
        train,
        labels.filter((_, index) => assignment[index] !== fold)
      ),
      ids
    )
    rows.forEach((row, index) => {
      if (assignment[index] === fold)
        scores[index] = row.reduce((total, value, feature) => total + value * shares[ids[feature]], 0)
    })
  }
  return scores
}

/** The weights as BALANCE_WEIGHTS holds them: shares summing to 1, each sourcing component at SOURCING_FLOOR or more, rounded to 0.01. */
export function roundedWeights(weights: readonly number[], ids: readonly ComponentId[]): Record<ComponentId, number> {
  const total = weights.slice(1).reduce((sum, weight) => sum + weight, 0) || 1
  const shares = ids.map((_, index) => weights[index + 1] / total)
  const floored = ids.map((id, index) => SOURCING.includes(id) && shares[index] < SOURCING_FLOOR)
  const kept = 1 - SOURCING_FLOOR * floored.filter(Boolean).length
  const free = shares.reduce((sum, share, index) => sum + (floored[index] ? 0 : share), 0) || 1
  const rounded = shares.map((share, index) =>
    floored[index] ? SOURCING_FLOOR : Math.round((100 * share * kept) / free) / 100
  )
  // Put the rounding error on the largest weight so the weights still sum to 1.
  const error = 1 - rounded.reduce((sum, weight) => sum + weight, 0)
  rounded[rounded.indexOf(Math.max(...rounded))] += error
  return Object.fromEntries(ids.map((id, index) => [id, Math.round(rounded[index] * 100) / 100])) as Record<
    ComponentId,
    number
  >
}

/** Maps a weighted sum to 0..100 as BALANCE_SCALE does. */
export function scaleWith(sum: number, low: number, high: number): number {
  return Math.round(100 * Math.max(0, Math.min(1, (sum - low) / (high - low))))
}

/**
 * The scale (low, high) that meets the editors' ratings best: least mean
 * absolute difference over a grid, low in 0..0.9 and high above it.
 */
export function fitScale(
  sums: readonly number[],
  ratings: readonly number[]
): {low: number; high: number; mad: number} {
  let best = {low: 0, high: 1, mad: Infinity}
  for (let low = 0; low <= 0.9; low += 0.01) {
    for (let high = low + 0.05; high <= 1.5; high += 0.01) {
      const mad =
        sums.reduce((total, sum, index) => total + Math.abs(scaleWith(sum, low, high) - ratings[index]), 0) /
        sums.length
      if (mad < best.mad - 1e-9) best = {low: Math.round(low * 100) / 100, high: Math.round(high * 100) / 100, mad}
    }
  }
  return best
}

const weightedSum = (components: readonly BalanceComponent[], weights: Readonly<Record<ComponentId, number>>) =>
  components.reduce((total, component) => total + (weights[component.id] ?? 0) * component.score, 0)

/** The rated marked articles: their lint and the editor's rating. */
export function ratedArticles(): Array<{id: string; lint: LintResult; rating: number}> {
  const folder = join(SHARED, 'data', 'articles')
  let ratings: Record<string, {score: number}>
  try {
    ratings = JSON.parse(readFileSync(join(folder, 'balance_ratings.json'), 'utf8'))
  } catch {
    return []
  }
  return Object.entries(ratings).map(([id, {score}]) => ({
    id,
    lint: lintText(readFileSync(join(folder, `${id}.txt`), 'utf8'), {kind: 'plaintext'}),
    rating: score
  }))
}

function main(): void {
  const rows = readJsonLines<{id: string; title: string; text: string; hyperpartisan: boolean}>(
    join(SHARED, 'data'),
    'semeval_hyperpartisan_dev.jsonl'
  )
  if (!rows) {
    console.log('SemEval-2019 hyperpartisan dev articles not found in ../shared/data; nothing to fit.')
    return
  }
  const format = (value: number) => value.toFixed(3)
  const lints = rows.map((row) => lintText(`${row.title}\n\n${row.text}`, {kind: 'plaintext'}))
  const reports = lints.map((lint) => balanceFromLint(lint))
  const ids = reports[0].components.map((component) => component.id)
  const features = reports.map((report) => featuresOf(report.components, ids))
  const labels = rows.map((row) => row.hyperpartisan)
  const lengths = reports.map((report) => report.words)
  console.log(
    `Balance weights fitted on ${rows.length} SemEval dev articles (${labels.filter(Boolean).length} one-sided)`
  )
  console.log(
    `  cross-validated ROC AUC (${FOLDS} folds, weights refitted in each): ${format(rocAuc(crossValidatedScores(features, labels, ids), labels))}`
  )
  console.log(`  length alone (words in the writer's voice): ${format(rocAuc(lengths, labels))}`)
  console.log(
    `  the shipped score (BALANCE_WEIGHTS and BALANCE_SCALE), 100 - score: ${format(
      rocAuc(
        reports.map((report) => 100 - report.score),
        labels
      )
    )}`
  )
  const weights = fitNonNegativeLogistic(features, labels)
  const rounded = roundedWeights(weights, ids)
  const longer = lengths.map((words) => words > median(lengths))
  for (const [index, id] of ids.entries()) {
    const values = features.map((row) => row[index])
    console.log(
      `  ${id.padEnd(20)} fitted ${format(weights[index + 1])} → weight ${rounded[id].toFixed(2)} (shipped ${BALANCE_WEIGHTS[id].toFixed(2)})  alone AUC ${format(rocAuc(values, labels))}  against length ${format(rocAuc(values, longer))}`
    )
  }
  console.log(`  suggested BALANCE_WEIGHTS: ${JSON.stringify(rounded)}`)
  // Candidate measures, each a rate or share (higher = more balanced), measured and shown for the record.
  const measures = lints.map((lint) => balanceMeasures(lint))
  const candidates = Object.keys(measures[0]).filter((key) => !ids.includes(key as ComponentId))
  console.log(
    `  candidate measures, AUC alone: ${candidates
      .map(
        (key) =>
          `${key} ${format(
            rocAuc(
              measures.map((measure) => -measure[key]),
              labels
            )
          )}`
      )
      .join(', ')}`
  )

  const rated = ratedArticles()
  if (rated.length === 0) {
    console.log('The rated marked articles are not in ../shared/data/articles; no scale fitted.')
    return
  }
  const ratedReports = rated.map((article) => balanceFromLint(article.lint))
  const ratings = rated.map((article) => article.rating)
  const sums = ratedReports.map((report) => weightedSum(report.components, rounded))
  const scale = fitScale(sums, ratings)
  const scores = sums.map((sum) => scaleWith(sum, scale.low, scale.high))
  console.log(
    `  full marks on every component give ${scaleWith(1, scale.low, scale.high)}; shipped BALANCE_SCALE ${JSON.stringify(BALANCE_SCALE)}`
  )
  // Leave one out: the scale fitted on the other 29, the article scored with it.
  const looMad =
    sums.reduce((total, sum, index) => {
      const others = fitScale(
        sums.filter((_, other) => other !== index),
        ratings.filter((_, other) => other !== index)
      )
      return total + Math.abs(scaleWith(sum, others.low, others.high) - ratings[index])
    }, 0) / sums.length
  console.log(
    `Scale fitted on the ${rated.length} rated marked articles with the suggested weights: BALANCE_SCALE = {low: ${scale.low}, high: ${scale.high}}`
  )
  console.log(
    `  Spearman ρ ${format(spearman(scores, ratings))}, mean absolute difference ${scale.mad.toFixed(1)} (leave-one-out ${looMad.toFixed(1)}); mean score ${mean(scores).toFixed(1)}, mean rating ${mean(ratings).toFixed(1)}`
  )
  const shipped = ratedReports.map((report) => report.score)
  console.log(
    `  the shipped score: Spearman ρ ${format(spearman(shipped, ratings))}, mean absolute difference ${(shipped.reduce((total, score, index) => total + Math.abs(score - ratings[index]), 0) / shipped.length).toFixed(1)}`
  )
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const mean = (values: readonly number[]) =>
  values.reduce((total, value) => total + value, 0) / Math.max(1, values.length)

if (process.argv[1]?.endsWith('fit-balance.ts')) main()
