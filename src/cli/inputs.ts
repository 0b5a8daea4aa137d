import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, extname, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {glob, isDynamicPattern} from 'tinyglobby'
import {CONFIG_FILE_NAME, emptyConfig, parseConfig, type DocumentKind, type EditorialConfig, type Notice} from '../engine/index'

const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'txt', 'text']

export function kindOfPath(path: string): DocumentKind {
  return /^\.(md|markdown|mdown|mkd|mdx)$/i.test(extname(path)) ? 'markdown' : 'plaintext'
}

/** A usage problem the user must fix: the CLI exits with 2. */
export class UsageError extends Error {}

/**
 * Expands the operands of `lint` into article paths: files as given, folders
 * searched for Markdown and text files, globs matched. A file or folder that
 * does not exist, or a glob that matches nothing, is a usage error.
 */
export async function expandOperands(operands: readonly string[], cwd: string): Promise<string[]> {
  const paths: string[] = []
  for (const operand of operands) {
    if (existsSync(resolve(cwd, operand))) {
      const absolute = resolve(cwd, operand)
      if (statSync(absolute).isDirectory()) {
        const found = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, {cwd: absolute, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true, dot: false})
        if (found.length === 0) throw new UsageError(`${operand}: no Markdown or text articles in this folder.`)
        paths.push(...found.sort())
      } else {
        paths.push(absolute)
      }
    } else if (isDynamicPattern(operand)) {
      const found = await glob(operand, {cwd, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true})
      if (found.length === 0) throw new UsageError(`${operand}: the pattern matches no files.`)
      paths.push(...found.sort())
    } else {
      throw new UsageError(`${operand}: no such file or folder.`)
    }
  }
  return [...new Set(paths)]
}

export interface ResolvedConfig {
  config: EditorialConfig
  notices: Notice[]
  /** The config file used, if any. */
  path?: string
}

/** Finds `.editorial-review.json` in the article's folder or the nearest parent that has one. */
export function findConfigFile(startFolder: string): string | undefined {
  let folder = resolve(startFolder)
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME)
    if (existsSync(candidate)) return candidate
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

const configCache = new Map<string, ResolvedConfig>()

/** Reads a config file once per run; an unreadable one is reported and defaults are used. */
export function loadConfigFile(path: string): ResolvedConfig {
  const cached = configCache.get(path)
  if (cached) return cached
  let resolved: ResolvedConfig
  try {
    const {config, notices} = parseConfig(readFileSync(path, 'utf8'), path)
    resolved = {config, notices, path}
  } catch (error) {
    resolved = {
      config: emptyConfig(),
      notices: [{severity: 'error', message: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); using the default settings instead.`, path}],
      path
    }
  }
  configCache.set(path, resolved)
  return resolved
}

/** Whether the config's `ignore` globs, relative to the config file's folder, cover the article. */
export function isIgnored(articlePath: string, resolved: ResolvedConfig): boolean {
  if (!resolved.path || resolved.config.ignore.length === 0) return false
  const relativePath = relative(dirname(resolved.path), articlePath).split(sep).join('/')
  if (relativePath.startsWith('..')) return false
  return picomatch(resolved.config.ignore, {dot: true})(relativePath)
}
