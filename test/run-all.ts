// `npm test`: every test, in order — the engine and CLI (node:test), the integration suite inside a real
// VS Code, and the end-to-end click-through, each in the Node extension host and then in VS Code for the
// Web's web worker extension host — then one closing line with the totals.
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import {PROJECT_ROOT} from './helpers'
import {runEndToEnd} from './extension/e2e'
import {runEndToEndWeb} from './extension/e2e-web'
import {runIntegrationSuite} from './extension/run-in-code-server'
import {runWebWorkerSuite} from './extension/run-in-web-worker'

function testFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory())
      return ['extension', 'fixtures', 'host', 'eval', 'bench'].includes(entry.name) ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [relative(PROJECT_ROOT, path)] : []
  })
}

const totals = {passed: 0, failed: 0}
const skipVsCode = process.argv.includes('--engine-only')

// The habits that keep the code as it is: types first, then format and lint. Each counts as one test.
for (const [title, command, args] of [
  ['Type check (tsc --noEmit)', join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit']],
  [
    'Format and lint (biome check)',
    join(PROJECT_ROOT, 'node_modules', '.bin', 'biome'),
    ['check', '--config-path=.ci', 'src', 'test', 'media', 'esbuild.js']
  ]
] as const) {
  console.log(`# ${title}`)
  const check = spawnSync(command, [...args], {cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  process.stdout.write(check.stdout)
  process.stderr.write(check.stderr)
  if (check.status === 0) totals.passed++
  else totals.failed++
  console.log(`# ${check.status === 0 ? 'ok' : 'FAILED'}: ${title}\n`)
}

console.log('# Engine and CLI (node:test)')
const unit = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...testFiles(join(PROJECT_ROOT, 'test'))], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024
})
process.stdout.write(unit.stdout)
process.stderr.write(unit.stderr)
const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(unit.stdout)?.[1] ?? 0)
totals.passed += count('pass')
totals.failed += count('fail') + (unit.status !== 0 && count('fail') === 0 ? 1 : 0)

if (!skipVsCode) {
  const sections: Array<[string, () => Promise<{passed: number; failed: number; extensionHost?: string}>]> = [
    ['Integration suite in a real VS Code (code-server)', runIntegrationSuite],
    ['End-to-end click-through (screenshots in test-results/)', runEndToEnd],
    ['Integration suite in VS Code for the Web (web worker extension host)', runWebWorkerSuite],
    ['End-to-end click-through in VS Code for the Web (screenshots in test-results/web-*)', runEndToEndWeb]
  ]
  for (const [title, run] of sections) {
    console.log(`\n# ${title}`)
    const started = Date.now()
    try {
      const result = await run()
      // Which extension host ran the extension, as the suite saw it (api.extensionHost).
      console.log(
        `# ${result.extensionHost ? `extension host: ${result.extensionHost}; ` : ''}${((Date.now() - started) / 1000).toFixed(1)} s`
      )
      console.log(`# ${result.passed} passed, ${result.failed} failed`)
      totals.passed += result.passed
      totals.failed += result.failed
    } catch (error) {
      console.log(`# could not run: ${(error as Error).message}`)
      totals.failed++
    }
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
// Exit now: a browser or server handle left by a failed step must not keep CI waiting.
process.exit(totals.failed > 0 ? 1 : 0)
