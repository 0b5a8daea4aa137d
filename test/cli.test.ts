import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {before, test} from 'node:test'
import {FIXTURES, PROJECT_ROOT} from './helpers'

// The CLI is tested as users run it: the bundled dist/cli.js, in a child process.
const CLI = join(PROJECT_ROOT, 'dist', 'cli.js')
let workspace: string

before(() => {
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js')], {cwd: PROJECT_ROOT, stdio: 'inherit'})
  workspace = mkdtempSync(join(tmpdir(), 'editorial-review-cli-'))
  cpSync(join(FIXTURES, 'articles'), join(workspace, 'articles'), {recursive: true})
})

function run(args: string[], options: {input?: string | Buffer; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? workspace,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

test('lint --format json prints the documented shape with exact ranges', () => {
  const {code, stdout} = run(['lint', 'articles/harbor-deal.txt', '--format', 'json'])
  assert.equal(code, 0)
  const output = JSON.parse(stdout)
  assert.equal(output.version, 1)
  assert.equal(output.files.length, 1)
  assert.equal(output.files[0].path, 'articles/harbor-deal.txt')
  const text = readFileSync(join(workspace, 'articles/harbor-deal.txt'), 'utf8')
  for (const finding of output.files[0].findings) {
    assert.deepEqual(Object.keys(finding).slice(0, 9), [
      'ruleId',
      'source',
      'category',
      'severity',
      'message',
      'range',
      'actual',
      'suggestions',
      'url'
    ])
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), finding.actual)
  }
  const categories = new Set(output.files[0].findings.map((finding: {category: string}) => finding.category))
  for (const category of [
    'unsupported-claim',
    'weasel',
    'speculation',
    'loaded-language',
    'editorializing',
    'passive-voice'
  ])
    assert.ok(categories.has(category), category)
})

test('exit codes: 1 when warnings pass --max-warnings or a rule is at error severity, 0 otherwise', () => {
  assert.equal(run(['lint', 'articles/harbor-deal.txt', '--max-warnings', '0']).code, 1)
  assert.equal(run(['lint', 'articles/harbor-deal.txt', '--max-warnings', '1000']).code, 0)
  writeFileSync(join(workspace, 'strict.json'), JSON.stringify({rules: {'loaded-language': 'error'}}))
  assert.equal(run(['lint', 'articles/harbor-deal.txt', '--config', 'strict.json']).code, 1)
})

test('exit code 2 with a clear message: missing file, bad option, empty folder, glob matching nothing', () => {
  const missing = run(['lint', 'nope.md'])
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /nope\.md: no such file or folder/)
  assert.equal(run(['lint', 'articles/harbor-deal.md', '--format', 'xml']).code, 2)
  const sensitivity = run(['lint', 'articles/harbor-deal.md', '--sensitivity', 'paranoid'])
  assert.equal(sensitivity.code, 2)
  assert.match(sensitivity.stderr, /--sensitivity must be precise, balanced, thorough/)
  assert.equal(run(['lint']).code, 2)
  assert.equal(run(['frobnicate']).code, 2)
  const emptyFolder = mkdtempSync(join(tmpdir(), 'editorial-review-empty-'))
  assert.match(run(['lint', emptyFolder]).stderr, /no Markdown or text articles in this folder/)
  const glob = run(['lint', 'articles/**/*.rst'])
  assert.equal(glob.code, 2)
  assert.match(glob.stderr, /the pattern matches no files/)
})

test('a broken config file: one error naming the file and line, lint goes on with defaults, exit 2', () => {
  writeFileSync(join(workspace, 'broken.json'), '{\n  "rules": {\n    "passive-voice": "off",\n  }\n}\n')
  const {code, stdout, stderr} = run([
    'lint',
    'articles/harbor-deal.txt',
    '--config',
    'broken.json',
    '--format',
    'json'
  ])
  assert.equal(code, 2)
  assert.match(stderr, /broken\.json:4: not valid JSON/)
  assert.equal(stderr.trim().split('\n').length, 1)
  assert.ok(
    JSON.parse(stdout).files[0].findings.some((finding: {ruleId: string}) => finding.ruleId === 'passive-voice'),
    'defaults still apply'
  )
})

test('config discovery: the nearest .editorial-review.json turns rules off and ignores paths', () => {
  const project = mkdtempSync(join(tmpdir(), 'editorial-review-project-'))
  cpSync(join(FIXTURES, 'articles'), join(project, 'news'), {recursive: true})
  cpSync(join(FIXTURES, 'articles'), join(project, 'drafts'), {recursive: true})
  writeFileSync(
    join(project, '.editorial-review.json'),
    JSON.stringify({rules: {'passive-voice': 'off'}, ignore: ['drafts/**']})
  )
  const {code, stdout, stderr} = run(['lint', '.', '--format', 'json'], {cwd: project})
  assert.equal(code, 0)
  const files = JSON.parse(stdout).files
  assert.deepEqual(
    files.map((file: {path: string}) => file.path).sort(),
    readdirSync(join(FIXTURES, 'articles'))
      .map((name) => `news/${name}`)
      .sort()
  )
  assert.ok(
    files.every((file: {findings: Array<{ruleId: string}>}) =>
      file.findings.every((finding) => finding.ruleId !== 'passive-voice')
    )
  )
  assert.match(stderr, /drafts\/harbor-deal\.md: ignored by \.editorial-review\.json/)
})

test('stdin: plain text by default, Markdown with --kind markdown', () => {
  const text = 'Run `fees were raised` now. Many believe it.'
  const plain = JSON.parse(run(['lint', '-', '--format', 'json'], {input: text}).stdout)
  const markdown = JSON.parse(run(['lint', '-', '--format', 'json', '--kind', 'markdown'], {input: text}).stdout)
  assert.equal(plain.files[0].path, '<stdin>')
  assert.ok(plain.files[0].findings.some((finding: {ruleId: string}) => finding.ruleId === 'passive-voice'))
  assert.ok(
    !markdown.files[0].findings.some((finding: {ruleId: string}) => finding.ruleId === 'passive-voice'),
    'inline code is not prose'
  )
  assert.ok(markdown.files[0].findings.some((finding: {ruleId: string}) => finding.ruleId === 'weasel'))
})

test('binary and invalid UTF-8 files are skipped with a message, not linted', () => {
  writeFileSync(join(workspace, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
  writeFileSync(join(workspace, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x2e]))
  const {code, stdout, stderr} = run(['lint', 'image.txt', 'latin1.txt', '--format', 'json'])
  assert.equal(code, 0)
  assert.deepEqual(JSON.parse(stdout).files, [])
  assert.match(stderr, /image\.txt: skipped: binary file/)
  assert.match(stderr, /latin1\.txt: skipped: not valid UTF-8/)
})

test('the CLI never writes to the files it lints', () => {
  const path = join(workspace, 'articles/harbor-deal.md')
  const before = readFileSync(path)
  const modified = statSync(path).mtimeMs
  run(['lint', 'articles/harbor-deal.md', '--format', 'sarif'])
  assert.deepEqual(readFileSync(path), before)
  assert.equal(statSync(path).mtimeMs, modified)
})

test('SARIF 2.1.0 with rule metadata, help URIs and UTF-16 regions', () => {
  const sarif = JSON.parse(run(['lint', 'articles/harbor-deal.md', '--format', 'sarif']).stdout)
  assert.equal(sarif.version, '2.1.0')
  const [run0] = sarif.runs
  assert.equal(run0.columnKind, 'utf16CodeUnits')
  assert.ok(
    run0.tool.driver.rules.every(
      (rule: {helpUri: string; shortDescription: {text: string}}) =>
        rule.helpUri.endsWith('.md') && rule.shortDescription.text.length > 0
    )
  )
  const result = run0.results[0]
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'articles/harbor-deal.md')
  assert.ok(result.locations[0].physicalLocation.region.startLine >= 1)
  assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId)
})

test('stylish output ends with a total; a closed pipe is not an error', async () => {
  const {stdout} = run(['lint', 'articles/harbor-deal.txt'])
  assert.match(stdout, /\d+ findings in 1 file \(\d+ warnings/)
  const child = spawn(process.execPath, [CLI, 'lint', 'articles', '--format', 'json'], {cwd: workspace})
  child.stdout.once('data', () => child.stdout.destroy())
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise((resolve) => child.on('close', resolve))
  assert.equal(code, 0)
  assert.doesNotMatch(stderr, /EPIPE|internal error/)
})

test('--version and --help', () => {
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/)
  assert.match(run(['lint', '--help']).stdout, /Usage: editorial-review lint/)
})

test('balance --format json prints the documented shape', () => {
  const {code, stdout} = run(['balance', 'articles/harbor-deal.md', '--format', 'json'])
  assert.equal(code, 0)
  const report = JSON.parse(stdout)
  assert.equal(report.version, 1)
  assert.equal(report.path, 'articles/harbor-deal.md')
  assert.ok(report.score >= 0 && report.score <= 100)
  assert.equal(typeof report.summary, 'string')
  for (const component of report.components) {
    assert.deepEqual(
      Object.keys(component)
        .filter((key) => ['id', 'label', 'score', 'weight', 'evidence'].includes(key))
        .sort(),
      ['evidence', 'id', 'label', 'score', 'weight']
    )
    for (const item of component.evidence) assert.deepEqual(Object.keys(item).sort(), ['note', 'range', 'text'])
  }
  // The voices, each sentence as a range with lines and columns.
  assert.ok(report.sources.some((source: {name: string}) => source.name === 'Mara Okafor'))
  for (const source of report.sources) {
    assert.equal(typeof source.sideReason, 'string')
    assert.equal(source.ranges.length, source.sentences)
    assert.equal(source.spans, undefined)
    assert.ok(source.ranges.every((range: {start: {line: number}}) => range.start.line >= 1))
  }
})

test('balance --format text shows the score, a bar per component and next steps; usage errors exit 2', () => {
  const {code, stdout} = run(['balance', 'articles/harbor-deal.md'])
  assert.equal(code, 0)
  assert.match(stdout, /^articles\/harbor-deal\.md: \d+\/100, /)
  assert.match(stdout, /Next steps:\n {2}1\. /)
  assert.equal(run(['balance']).code, 2)
  assert.equal(run(['balance', 'missing.md']).code, 2)
  assert.equal(run(['balance', 'articles/harbor-deal.md', '--format', 'sarif']).code, 2)
})

test('a file over 10 MB is skipped with a message naming its size', () => {
  writeFileSync(join(workspace, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024 + 10, 'a'))
  const {code, stdout, stderr} = run(['lint', 'huge.txt', '--format', 'json'])
  assert.equal(code, 0)
  assert.deepEqual(JSON.parse(stdout).files, [])
  assert.match(stderr, /huge\.txt: skipped: larger than 10 MB \(10\.0 MB\)/)
})

test('ignoredFindings written by the extension are honoured by the CLI, for the named article only', () => {
  const project = mkdtempSync(join(tmpdir(), 'editorial-review-ignored-'))
  cpSync(join(FIXTURES, 'articles', 'harbor-deal.txt'), join(project, 'a.txt'))
  cpSync(join(FIXTURES, 'articles', 'harbor-deal.txt'), join(project, 'b.txt'))
  writeFileSync(
    join(project, '.editorial-review.json'),
    JSON.stringify({ignoredFindings: [{ruleId: 'loaded-language', text: 'titans', path: 'a.txt'}]})
  )
  const files = JSON.parse(run(['lint', 'a.txt', 'b.txt', '--format', 'json'], {cwd: project}).stdout).files
  const flagged = (name: string) =>
    files
      .find((file: {path: string}) => file.path === name)
      .findings.some((finding: {actual: string}) => finding.actual === 'titans')
  assert.equal(flagged('a.txt'), false)
  assert.equal(flagged('b.txt'), true)
})

test('--sensitivity thorough shows at least what balanced shows, precise at most', () => {
  const count = (level: string) =>
    JSON.parse(run(['lint', 'articles/harbor-deal.txt', '--format', 'json', '--sensitivity', level]).stdout).files[0]
      .findings.length
  const [precise, balanced, thorough] = ['precise', 'balanced', 'thorough'].map(count)
  assert.ok(precise <= balanced && balanced <= thorough, `${precise} ≤ ${balanced} ≤ ${thorough}`)
  assert.ok(balanced > 0)
})

// Written for these tests: an article in Spanish, and an English one with a paragraph in Spanish.
const SPANISH = [
  'El puerto sube las tarifas',
  '',
  'La junta del puerto aprobó el lunes una subida de las tarifas de atraque, y el sindicato de las tripulaciones anunció una huelga para la primavera.',
  '',
  'Los armadores dijeron que trasladarán el coste a los pasajeros de las islas, y la asociación de vecinos pidió al gobierno regional que intervenga.'
].join('\n')
const PART_SPANISH = [
  'Port raises fees as ferry crews threaten strike',
  '',
  'The harbour board voted on Monday to raise docking fees by a fifth, and the ferry crews said they would walk out in the spring if the increase went ahead.',
  '',
  '"We were not consulted at any point," said Maria Lopez, who chairs the union branch. The board chair, Tom Reid, said the fees had not changed in ten years and the port needed the money for repairs.',
  '',
  SPANISH.split('\n')[2],
  '',
  'Island residents said they feared the cost would be passed on to passengers.'
].join('\n')

test('lint: an article not in English is said to be not checked, on stderr and in the total; --max-unread fails it', () => {
  writeFileSync(join(workspace, 'tarifas.md'), SPANISH)
  writeFileSync(join(workspace, 'port.txt'), PART_SPANISH)
  const whole = run(['lint', 'tarifas.md'])
  assert.equal(whole.code, 0)
  assert.match(
    whole.stderr,
    /warning: tarifas\.md: not checked: it is not in English \(\d+ words\), and the rules read English only\./
  )
  assert.equal(whole.stdout, 'No findings in 1 file; not in English, so not checked: tarifas.md.\n')
  const part = run(['lint', 'port.txt'])
  assert.match(part.stderr, /info: port\.txt: \d+% not checked: 1 paragraph \(\d+ of \d+ words\) is not in English/)
  assert.match(part.stdout, /; not in English, so not checked: part of 1 file\n$/)
  assert.equal(run(['lint', 'tarifas.md', '--max-unread', '50']).code, 1)
  assert.equal(run(['lint', 'port.txt', '--max-unread', '50%']).code, 0)
  assert.equal(run(['lint', 'port.txt', '--max-unread', '0']).code, 1)
  assert.equal(run(['lint', 'articles/harbor-deal.txt', '--max-unread', '0', '--max-warnings', '1000']).code, 0)
  const bad = run(['lint', 'port.txt', '--max-unread', 'most'])
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /--max-unread must be a whole percentage from 0 to 100/)
  // An English article says nothing of the kind; an empty one says it has no prose.
  assert.doesNotMatch(run(['lint', 'articles/harbor-deal.txt']).stderr, /not in English/)
  writeFileSync(join(workspace, 'empty.txt'), '')
  assert.match(run(['lint', 'empty.txt']).stderr, /info: empty\.txt: no prose to check\./)
})

test('lint --format json and sarif carry what was not read as English, with the paragraphs’ ranges', () => {
  writeFileSync(join(workspace, 'port.txt'), PART_SPANISH)
  const [file] = JSON.parse(run(['lint', 'port.txt', '--format', 'json']).stdout).files
  assert.equal(file.language.unread.length, 1)
  assert.equal(file.language.unread[0].start.line, 7)
  assert.ok(file.language.unreadShare > 0 && file.language.unreadShare < 0.5)
  assert.ok(file.language.unreadWords < file.language.words)
  writeFileSync(join(workspace, 'tarifas.md'), SPANISH)
  writeFileSync(join(workspace, 'binary.txt'), Buffer.from([0, 1, 2, 65, 66]))
  const sarif = JSON.parse(run(['lint', 'port.txt', 'tarifas.md', 'binary.txt', '--format', 'sarif']).stdout)
  const [invocation] = sarif.runs[0].invocations
  assert.equal(invocation.executionSuccessful, true)
  const notes = invocation.toolExecutionNotifications
  const whole = notes.find((note: {message: {text: string}}) => note.message.text.startsWith('tarifas.md'))
  assert.equal(whole.level, 'warning')
  assert.equal(whole.descriptor.id, 'not-english')
  const part = notes.find((note: {message: {text: string}}) => note.message.text.startsWith('port.txt'))
  assert.equal(part.level, 'note')
  assert.equal(part.locations[0].physicalLocation.region.startLine, 7)
  // The other notices of the run are there too: a skipped binary file.
  assert.ok(
    notes.some((note: {message: {text: string}}) => /binary\.txt: skipped: binary file/.test(note.message.text))
  )
})

test('balance: an article not in English is not scored and says why; one partly in English says which share it read', () => {
  writeFileSync(join(workspace, 'tarifas.md'), SPANISH)
  writeFileSync(join(workspace, 'port.txt'), PART_SPANISH)
  const text = run(['balance', 'tarifas.md'])
  assert.equal(text.code, 0)
  assert.equal(
    text.stdout,
    'tarifas.md: Not scored: the article is not in English (55 words), and the balance score reads English only.\n'
  )
  const json = JSON.parse(run(['balance', 'tarifas.md', '--format', 'json']).stdout)
  assert.equal(json.score, null)
  assert.equal(json.verdict, 'Not scored')
  assert.deepEqual([json.components, json.sources, json.nextSteps], [[], [], []])
  assert.equal(json.reading.scored, false)
  const part = run(['balance', 'port.txt'])
  assert.match(
    part.stdout,
    /^port\.txt: \d+\/100, .*\n\n {2}Scored on the \d+% of the article in English: 1 paragraph \(\d+% of its words\) is not in English and was not read\.\n {2}Not in English: line 7\.\n/
  )
  const partJson = JSON.parse(run(['balance', 'port.txt', '--format', 'json']).stdout)
  assert.equal(typeof partJson.score, 'number')
  assert.equal(partJson.reading.unread[0].start.line, 7)
})
