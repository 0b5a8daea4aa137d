// `npm run fit-balance`: fits the balance score's component weights on the open SemEval dev articles
// (never the held-back ones) and prints cross-validated figures. The method, kept simple so the score
// stays explainable: logistic regression of "one-sided" on the component scores (each 0..1, measured as
// rates so that length alone does not move them), weights held at zero or above so that improving a
// component never lowers the score, L2-regularised, 5-fold stratified cross-validation. The weights,
// rescaled to sum to 1, become BALANCE_WEIGHTS; docs/balance-score.md records the run.
import {join} from 'node:path'
import {balanceFromLint, lintText, type BalanceComponent} from '../../src/engine/index'
import {SHARED} from '../helpers'
import {readJsonLines, rocAuc} from './datasets'

interface Example {
  features: number[]
  oneSided: boolean
  words: number
}

const FOLDS = 5
const L2 = 0.05
const STEPS = 4000
const RATE = 0.5

/** Component "badness" (1 - score), so a positive weight means "more of this, more one-sided". */
export function featuresOf(components: readonly BalanceComponent[], ids: readonly BalanceComponent['id'][]): number[] {
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
      row.forEach((value, feature) => (gradient[feature + 1] += error * value))
    })
    weights[0] -= (RATE * gradient[0]) / rows.length
    for (let feature = 1; feature <= dimensions; feature++) {
      const step_ = (RATE * (gradient[feature] / rows.length + l2 * weights[feature]))
      weights[feature] = Math.max(0, weights[feature] - step_)
    }
  }
  return weights
}

/** Folds that keep the share of one-sided articles, assigned in a fixed order so runs repeat. */
export function stratifiedFolds(labels: readonly boolean[], folds = FOLDS): number[] {
  const assignment = new Array(labels.length).fill(0)
  let positives = 0
  let negatives = 0
  labels.forEach((label, index) => (assignment[index] = label ? positives++ % folds : negatives++ % folds))
  return assignment
}

function main(): void {
  const rows = readJsonLines<{id: string; title: string; text: string; hyperpartisan: boolean}>(join(SHARED, 'data'), 'semeval_hyperpartisan_dev.jsonl')
  if (!rows) {
    console.log('SemEval-2019 hyperpartisan dev articles not found in ../shared/data; nothing to fit.')
    return
  }
  const examples: Example[] = []
  let ids: BalanceComponent['id'][] = []
  for (const row of rows) {
    const report = balanceFromLint(lintText(`${row.title}\n\n${row.text}`, {kind: 'plaintext'}))
    ids = report.components.map((component) => component.id)
    examples.push({features: featuresOf(report.components, ids), oneSided: row.hyperpartisan, words: report.words})
  }
  const labels = examples.map((example) => example.oneSided)
  const folds = stratifiedFolds(labels)
  const heldOutScores = new Array(examples.length).fill(0)
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, index) => folds[index] !== fold)
    const weights = fitNonNegativeLogistic(train.map((example) => example.features), train.map((example) => example.oneSided))
    examples.forEach((example, index) => {
      if (folds[index] === fold) heldOutScores[index] = example.features.reduce((total, value, feature) => total + value * weights[feature + 1], 0)
    })
  }
  const weights = fitNonNegativeLogistic(examples.map((example) => example.features), labels)
  const total = weights.slice(1).reduce((sum, weight) => sum + weight, 0) || 1
  const format = (value: number) => value.toFixed(3)
  console.log(`Balance weights fitted on ${examples.length} SemEval dev articles (${labels.filter(Boolean).length} one-sided)`)
  console.log(`  cross-validated ROC AUC (${FOLDS} folds): ${format(rocAuc(heldOutScores, labels))}`)
  console.log(`  length alone: ${format(rocAuc(examples.map((example) => example.words), labels))}`)
  for (const [index, id] of ids.entries()) {
    const values = examples.map((example) => example.features[index])
    console.log(`  ${id.padEnd(20)} weight ${format(weights[index + 1] / total)}  alone AUC ${format(rocAuc(values, labels))}  AUC vs length ${format(rocAuc(values, examples.map((example) => example.words > median(examples.map((other) => other.words)))))}`)
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

if (process.argv[1]?.endsWith('fit-balance.ts')) main()
