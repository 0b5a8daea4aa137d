#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {relative, resolve, sep} from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {
  balanceFromLint,
  ConfigResolver,
  decodeArticle,
  lintText,
  SENSITIVITIES,
  type BalanceReport,
  type Finding,
  type LineIndex,
  type Notice,
  type ResolvedConfig,
  type Sensitivity
} from './engine/index'
import {formatBalanceText} from './cli/formats/balance-text'
import {formatJson} from './cli/formats/json'
import {placeOf, type FileReport} from './cli/formats/report'
import {formatSarif} from './cli/formats/sarif'
import {formatStylish} from './cli/formats/stylish'
import {diskConfigReader, expandOperands, kindOfPath, portablePath, UsageError} from './cli/inputs'
import {languageNotice, parsePercent} from './cli/language'
import packageJson from '../package.json' with {type: 'json'}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

const USAGE = `Usage: editorial-review lint [options] <files, folders or globs...>
       editorial-review lint [options] -          (read the article from stdin)
       editorial-review balance [--format text|json] [--config <file>] <file or ->

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --kind <markdown|plaintext>    kind of the stdin article (default: plaintext)
  --config <file>                use this config file instead of looking for .editorial-review.json
  --max-warnings <n>             exit 1 when there are more than n warnings (default: no limit)
  --max-unread <percent>         exit 1 when more than this share of an article's words is not in English
                                 and so not checked (default: no limit; 0 fails on any such paragraph)
  --sensitivity <level>          precise, balanced or thorough: which findings to show by their confidence
                                 (default: the config file's, else balanced)
  --no-color                     plain output
  -h, --help                     show this help
  -v, --version                  show the version

The rules read English only: an article, or a part of one, not in English is not checked, and lint
says so on stderr (a warning when most of the article is not English) without changing the exit code
unless --max-unread is given.

Exit codes: 0 nothing at error severity, warnings within --max-warnings and unread shares within
--max-unread; 1 otherwise; 2 usage errors, missing or unreadable files, or a broken config.
balance exits 0 once it has read the article: scored, or not scored (mostly not in English, or too
short) with the reason; 2 when it cannot read the file.`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  cwd: string
  color: boolean
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === '-v' || command === '--version') {
    io.stdout(`${packageJson.version}\n`)
    return EXIT_OK
  }
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return command ? EXIT_OK : EXIT_USAGE
  }
  try {
    if (command === 'lint') return await runLint(rest, io)
    if (command === 'balance') return await runBalance(rest, io)
    throw new UsageError(`unknown command "${command}".`)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`editorial-review: ${error.message}\n\n${USAGE}\n`)
      return EXIT_USAGE
    }
    throw error
  }
}

/** Reads the options of a command; a malformed one is a usage error (exit 2). */
function parseOrUsage<const Config extends ParseArgsConfig>(config: Config): ReturnType<typeof parseArgs<Config>> {
  try {
    return parseArgs(config)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function runLint(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrUsage({
    args: [...args],
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'stylish'},
      kind: {type: 'string', default: 'plaintext'},
      config: {type: 'string'},
      'max-warnings': {type: 'string'},
      'max-unread': {type: 'string'},
      sensitivity: {type: 'string'},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  }
  const format = values.format!
  if (!['stylish', 'json', 'sarif'].includes(format))
    throw new UsageError(`--format must be stylish, json or sarif, not "${format}".`)
  const kind = values.kind!
  if (kind !== 'markdown' && kind !== 'plaintext')
    throw new UsageError(`--kind must be markdown or plaintext, not "${kind}".`)
  let maxWarnings = Infinity
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings must be a whole number, not "${values['max-warnings']}".`)
  }
  let maxUnread = Infinity
  if (values['max-unread'] !== undefined) {
    maxUnread = parsePercent(values['max-unread']) ?? NaN
    if (Number.isNaN(maxUnread))
      throw new UsageError(`--max-unread must be a whole percentage from 0 to 100, not "${values['max-unread']}".`)
  }
  const sensitivity = values.sensitivity as Sensitivity | undefined
  if (sensitivity !== undefined && !SENSITIVITIES.includes(sensitivity))
    throw new UsageError(`--sensitivity must be ${SENSITIVITIES.join(', ')}, not "${sensitivity}".`)
  if (positionals.length === 0) throw new UsageError('name at least one file, folder or glob to lint, or - for stdin.')

  const notices: Notice[] = []
  const configs = new ConfigResolver(diskConfigReader)
  const explicitPath = values.config === undefined ? undefined : explicitConfigPath(resolve(io.cwd, values.config))
  const resolvedConfigs: ResolvedConfig[] = []
  const configFor = async (request: {articlePath?: string; folder?: string}) => {
    const resolved = await configs.resolve({...request, explicitPath, settings: {sensitivity}})
    resolvedConfigs.push(resolved)
    return resolved
  }

  const reports: FileReport[] = []
  const languageNotices: Notice[] = []
  let failedToRead = false
  const lintOne = (shown: string, text: string, articleKind: 'markdown' | 'plaintext', resolved: ResolvedConfig) => {
    const {findings, document, language} = lintText(text, {
      kind: articleKind,
      config: resolved.config,
      path: resolved.articlePath
    })
    reports.push({path: shown, findings, lines: document.lines, language})
    // The rules read English only: an article or a part of it in another language is said, not passed in silence.
    const notice = languageNotice(shown, language)
    if (notice) languageNotices.push(notice)
  }

  const stdinOperands = positionals.filter((operand) => operand === '-')
  if (stdinOperands.length > 0) {
    lintOne('<stdin>', await io.readStdin(), kind, await configFor({folder: portablePath(io.cwd)}))
  }
  const paths = await expandOperands(
    positionals.filter((operand) => operand !== '-'),
    io.cwd
  )
  for (const path of paths) {
    const shown = displayPath(path, io.cwd)
    const resolved = await configFor({articlePath: portablePath(path)})
    if (resolved.ignored) {
      notices.push({severity: 'info', message: `${shown}: ignored by ${displayPath(resolved.path!, io.cwd)}.`})
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(path)
    } catch (error) {
      notices.push({
        severity: 'error',
        message: `${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
      })
      failedToRead = true
      continue
    }
    const article = decodeArticle(bytes)
    if (article.status === 'skipped') {
      notices.push({severity: 'warning', message: `${shown}: skipped: ${article.reason}`})
      continue
    }
    lintOne(shown, article.text, kindOfPath(path), resolved)
  }

  const configNotices = uniqueConfigNotices(
    explicitPath ? [await configFor({folder: portablePath(io.cwd)}), ...resolvedConfigs] : resolvedConfigs
  )
  for (const notice of [...configNotices, ...notices, ...languageNotices])
    io.stderr(`editorial-review: ${notice.severity}: ${notice.message}\n`)

  if (format === 'json') io.stdout(formatJson(reports))
  else if (format === 'sarif')
    io.stdout(
      formatSarif(reports, {
        version: packageJson.version,
        notices: [...configNotices, ...notices],
        failed: failedToRead || configNotices.some((notice) => notice.severity === 'error')
      })
    )
  else io.stdout(formatStylish(reports, {color: values['no-color'] ? false : (values.color ?? io.color)}))

  if (failedToRead || configNotices.some((notice) => notice.severity === 'error')) return EXIT_USAGE
  const all: Finding[] = reports.flatMap((report) => report.findings)
  const errors = all.filter((finding) => finding.severity === 'error').length
  const warnings = all.filter((finding) => finding.severity === 'warning').length
  const unreadOverLimit = reports.some((report) => report.language && report.language.unreadShare * 100 > maxUnread)
  return errors > 0 || warnings > maxWarnings || unreadOverLimit ? EXIT_FINDINGS : EXIT_OK
}

async function runBalance(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrUsage({
    args: [...args],
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'text'},
      kind: {type: 'string', default: 'plaintext'},
      config: {type: 'string'}
    }
  })
  const {values, positionals} = parsed
  if (positionals.length !== 1) throw new UsageError('balance scores one article: name one file, or - for stdin.')
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${values.format}".`)
  const [operand] = positionals
  let text: string
  let kind: 'markdown' | 'plaintext'
  let path: string
  let articlePath: string | undefined
  if (operand === '-') {
    text = await io.readStdin()
    kind = values.kind === 'markdown' ? 'markdown' : 'plaintext'
    path = '<stdin>'
  } else {
    const absolute = resolve(io.cwd, operand)
    let bytes: Uint8Array
    try {
      bytes = readFileSync(absolute)
    } catch (error) {
      throw new UsageError(
        `${operand}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
      )
    }
    const article = decodeArticle(bytes)
    if (article.status === 'skipped') throw new UsageError(`${operand}: ${article.reason}`)
    text = article.text
    kind = kindOfPath(absolute)
    path = displayPath(absolute, io.cwd)
    articlePath = portablePath(absolute)
  }
  const explicitPath = values.config === undefined ? undefined : explicitConfigPath(resolve(io.cwd, values.config))
  const resolved = await new ConfigResolver(diskConfigReader).resolve({
    articlePath,
    folder: portablePath(io.cwd),
    explicitPath
  })
  for (const notice of resolved.notices) io.stderr(`editorial-review: ${notice.severity}: ${notice.message}\n`)
  const lint = lintText(text, {kind, config: resolved.config, path: resolved.articlePath})
  const report = balanceFromLint(lint)
  if (values.format === 'json')
    io.stdout(JSON.stringify({version: 1, path, ...withPlaces(report, lint.document.lines)}, null, 2) + '\n')
  else io.stdout(formatBalanceText(path, report, lint.document.lines))
  return resolved.notices.some((notice) => notice.severity === 'error') ? EXIT_USAGE : EXIT_OK
}

/**
 * The report for JSON readers: each piece of evidence, and each voice's
 * sentences, with their lines and columns. An article not scored (mostly not
 * in English, or too short) has a null score and no components, voices or
 * subjects: `summary` and `reading.note` say why.
 */
function withPlaces(report: BalanceReport, lines: LineIndex) {
  const {version: _version, components, sources, reading, ...rest} = report
  const {unread, ...counts} = reading
  const readingOut = {
    ...counts,
    unreadShare: Math.round(counts.unreadShare * 1000) / 1000,
    unread: unread.map((span) => placeOf(span, lines))
  }
  if (!reading.scored) return {...rest, score: null, components: [], sources: [], subjects: [], reading: readingOut}
  return {
    ...rest,
    reading: readingOut,
    components: components.map((component) => ({
      ...component,
      evidence: component.evidence.map(({span, ...item}) => ({...item, range: placeOf(span, lines)}))
    })),
    sources: sources.map(({spans, ...source}) => ({...source, ranges: spans.map((span) => placeOf(span, lines))}))
  }
}

/** A config named with --config must exist; its problems are reported like a found one's. */
function explicitConfigPath(path: string): string {
  try {
    readFileSync(path)
  } catch (error) {
    throw new UsageError(
      `--config ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
    )
  }
  return portablePath(path)
}

function uniqueConfigNotices(configs: readonly ResolvedConfig[]): Notice[] {
  const seen = new Set<string>()
  const notices: Notice[] = []
  for (const config of configs) {
    if (!config.path || seen.has(config.path)) continue
    seen.add(config.path)
    notices.push(...config.notices)
  }
  return notices
}

function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return (shown.startsWith('..') ? path : shown).split(sep).join('/')
}

function readAllStdin(): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk))
    process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    process.stdin.on('error', reject)
  })
}

function isEntryPoint(): boolean {
  const entry = process.argv[1] ? resolve(process.argv[1]) : ''
  return /(^|[\\/])(cli\.(ts|js|cjs)|editorial-review)$/.test(entry)
}

if (isEntryPoint()) {
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK)
    throw error
  })
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: readAllStdin,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: Error) => {
      process.stderr.write(`editorial-review: internal error: ${error.stack ?? error.message}\n`)
      process.exitCode = EXIT_USAGE
    }
  )
}
