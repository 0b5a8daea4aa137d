// `npm run bench`: speed side by side with the tools editors would pick instead, in one run, as ratios.
// Uses ~300 KB of news text: the SemEval articles in ../shared/data when present, else the project's fixture repeated.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {text as alex} from 'alex'
import {ParseEnglish} from 'parse-english'
import {statSync} from 'node:fs'
import * as esbuild from 'esbuild'
import {buildSuite, ensureHost} from '../extension/host'
import {runInHost} from '../extension/run-in-code-server'
import {PROJECT_ROOT} from '../helpers'
import {FIXTURES, SHARED} from '../helpers'
import {execFileSync} from 'node:child_process'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

const require = createRequire(import.meta.url)

/** A full garbage collection, without starting node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

// The engine as users run it: bundled by esbuild (as in dist/), not through the TypeScript loader.
const engineBundle = join(PROJECT_ROOT, 'out', 'bench', 'engine.mjs')
await esbuild.build({
  entryPoints: [join(PROJECT_ROOT, 'src/engine/index.ts')],
  outfile: engineBundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 has the Unicode property escapes the engine uses (\p{L}, \p{Lu}); left to the target, esbuild
  // rewrites each such literal as `new RegExp(...)`, built again on every call.
  supported: {'regexp-unicode-property-escapes': true},
  logLevel: 'warning'
})
const {balanceFromLint, IncrementalLinter, lintText} = (await import(
  engineBundle
)) as typeof import('../../src/engine/index')
const writeGood = require('write-good') as (text: string) => unknown[]

const TARGET_BYTES = 300 * 1024
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)

function loadCorpus(): {articles: string[]; origin: string} {
  const dataset = join(SHARED, 'data', 'semeval_hyperpartisan_dev.jsonl')
  const source = existsSync(dataset)
    ? readFileSync(dataset, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as {text: string}).text)
    : [readFileSync(join(FIXTURES, 'articles', 'harbor-deal.txt'), 'utf8')]
  const articles: string[] = []
  let bytes = 0
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const article = source[index % source.length]
    articles.push(article)
    bytes += Buffer.byteLength(article)
  }
  return {
    articles,
    origin: existsSync(dataset) ? 'SemEval-2019 hyperpartisan dev articles' : 'the project fixture, repeated'
  }
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Runs one pass over every article, warm, and returns the median seconds over the rounds. */
function time(run: (article: string) => unknown, articles: readonly string[]): number {
  for (const article of articles.slice(0, 5)) run(article)
  const seconds: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    for (const article of articles) run(article)
    seconds.push((performance.now() - start) / 1000)
  }
  return seconds.sort((a, b) => a - b)[Math.floor(seconds.length / 2)]
}

const {articles, origin} = loadCorpus()
const words = articles.reduce((total, article) => total + countWords(article), 0)
const bytes = articles.reduce((total, article) => total + Buffer.byteLength(article), 0)
console.log(
  `Corpus: ${articles.length} articles from ${origin}, ${(bytes / 1024).toFixed(0)} KB, ${words} words; median of ${ROUNDS} warm, interleaved rounds.`
)
console.log(`Node ${process.version} on ${process.arch}.\n`)

const parser = new ParseEnglish()
const contenders: Array<[string, (article: string) => unknown]> = [
  ['editorial-review, default rules', (article) => lintText(article, {kind: 'plaintext'})],
  ['alex (retext-equality)', (article) => alex(article)],
  ['write-good', (article) => writeGood(article)],
  ['retext parse alone (parse-english)', (article) => parser.parse(article)]
]

// Rounds are interleaved (each tool once per round) so a busy moment on the machine hits every tool alike.
for (const [, run] of contenders) for (const article of articles.slice(0, 5)) run(article)
const roundSeconds = contenders.map(() => [] as number[])
for (let round = 0; round < ROUNDS; round++) {
  contenders.forEach(([, run], index) => {
    const start = performance.now()
    for (const article of articles) run(article)
    roundSeconds[index].push((performance.now() - start) / 1000)
  })
}
const results = contenders.map(([name], index) => {
  const seconds = roundSeconds[index].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]
  return {name, seconds, wordsPerSecond: words / seconds}
})

const ours = results[0]
const width = Math.max(...results.map((result) => result.name.length))
console.log(`${'tool'.padEnd(width)}  words/s    seconds  vs editorial-review`)
for (const result of results) {
  const ratio = ours.wordsPerSecond / result.wordsPerSecond
  console.log(
    `${result.name.padEnd(width)}  ${Math.round(result.wordsPerSecond).toString().padStart(8)}  ${result.seconds.toFixed(3).padStart(8)}  ${result === ours ? '—' : `editorial-review is ${ratio.toFixed(2)}× its speed`}`
  )
}
const alexResult = results[1]
console.log(
  `\nThroughput ratio, editorial-review ÷ alex: ${(ours.wordsPerSecond / alexResult.wordsPerSecond).toFixed(2)} (aim: at least 2).`
)

// One 1,000-word article: what an editor waits for when opening a file.
const thousandWords = articles.join('\n\n').split(/(\s+)/).slice(0, 2000).join('')
const single = time((article) => lintText(article, {kind: 'plaintext'}), [thousandWords])
console.log(`A 1,000-word article lints in ${(single * 1000).toFixed(1)} ms.`)
const linted = lintText(thousandWords, {kind: 'plaintext'})
const balance = time(() => balanceFromLint(linted), [thousandWords])
console.log(
  `Its balance score, from that lint, takes ${(balance * 1000).toFixed(1)} ms more (${((balance / single) * 100).toFixed(0)}% of a lint pass).`
)
// The heap in use before a collection is mostly garbage V8 has not yet swept (it grows the old space lazily);
// what the engine keeps is the heap after a full collection. RSS is the process's peak, alex and the rest included.
const heapBefore = process.memoryUsage().heapUsed
collectGarbage()
const MB = 1024 * 1024
console.log(
  `Memory after the runs: heap kept after a full collection ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB (${(heapBefore / MB).toFixed(0)} MB before it); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`
)

// Typing in a long article: a one-character edit in a 100,000-word document, re-linted incrementally.
const long = articles
  .join('\n\n')
  .repeat(Math.ceil(100_000 / words))
  .split(/(\s+)/)
  .slice(0, 200_000)
  .join('')
for (const kind of ['plaintext', 'markdown'] as const) {
  const linter = new IncrementalLinter()
  const fullStart = performance.now()
  linter.lint(long, {kind})
  const fullMs = performance.now() - fullStart
  const edits: number[] = []
  let text = long
  // Twenty edits first, untimed: an editor types many keystrokes in a session, and the first dozen or so after
  // opening pay the JIT's warm-up of the incremental path, which the whole first lint did not exercise.
  for (let round = -20; round < 15; round++) {
    const at = Math.floor(text.length * (0.1 + ((round + 20) % 16) * 0.05))
    text = text.slice(0, at) + 'x' + text.slice(at)
    const start = performance.now()
    linter.lint(text, {kind})
    if (round >= 0) edits.push(performance.now() - start)
  }
  edits.sort((a, b) => a - b)
  console.log(
    `100,000-word ${kind} article: first lint ${fullMs.toFixed(0)} ms; re-lint after a one-character edit ${edits[7].toFixed(1)} ms (median of 15 after 20 untimed; aim under 20 ms).`
  )
}

// The extension itself: bundle sizes, and activation and first diagnostics measured inside a real VS Code.
execFileSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js'), '--production'], {cwd: PROJECT_ROOT, stdio: 'ignore'})
const size = (path: string) => `${(statSync(join(PROJECT_ROOT, path)).size / 1024).toFixed(0)} KB`
console.log(
  `Bundles (minified): extension (desktop and web) ${size('dist/web/extension.cjs')}, CLI ${size('dist/cli.js')}.`
)
if (process.argv.includes('--no-vscode')) {
  console.log('VS Code measurements skipped (--no-vscode).')
} else {
  ensureHost()
  const suite = await buildSuite({'bench-index': 'test/bench/vscode-metrics.ts'})
  let metrics: {activationMs: number; firstDiagnosticsMs: number} | undefined
  await runInHost(suite, (line) => {
    if (line.startsWith('BENCH ')) metrics = JSON.parse(line.slice(6))
  })
  if (metrics)
    console.log(
      `In VS Code (code-server ${'4.100.3'}): activation ${metrics.activationMs.toFixed(0)} ms; opening a 1,000-word article to its first diagnostics ${metrics.firstDiagnosticsMs.toFixed(0)} ms (median of 5).`
    )
  else console.log('VS Code measurements failed: no figures came back from the extension host.')
}
execFileSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js')], {cwd: PROJECT_ROOT, stdio: 'ignore'})
process.exit(0)
