import picomatch from 'picomatch'
import {CONFIG_FILE_NAME, emptyConfig, parseConfig, type EditorialConfig, type RuleSetting} from './config'
import {RULES} from './rules/index'
import type {Category, Notice, Sensitivity} from './types'

/**
 * How the engine reaches configuration files: the CLI reads the disk, the
 * extension `workspace.fs`. Paths are absolute and `/`-separated (a URI's path
 * in the editor).
 */
export interface ConfigReader {
  /** The file's text, or undefined when there is no such file. Throws when it exists but cannot be read. */
  readFile(path: string): Promise<string | undefined>
}

/** Settings that come from the editor rather than a file (VS Code's `editorialReview.*`). */
export interface ConfigLayer {
  rules?: Record<string, RuleSetting>
  categories?: Partial<Record<Category, RuleSetting>>
  allow?: readonly string[]
  sensitivity?: Sensitivity
}

export interface ConfigRequest {
  /** The article: an absolute, `/`-separated path. Without one (stdin), `folder` says where to look. */
  articlePath?: string
  folder?: string
  /** Look no higher than this folder (the workspace folder). */
  root?: string
  /** A config file the user named (`--config`): read instead of looking for one. */
  explicitPath?: string
  /** Editor settings, layered over the file's. */
  settings?: ConfigLayer
}

export interface ResolvedConfig {
  config: EditorialConfig
  /** The config file used, if any. */
  path?: string
  /** Problems with that file; linting goes on with the defaults for what could not be read. */
  notices: Notice[]
  /** The article relative to the config file's folder, `/`-separated: what `ignore` and `ignoredFindings` match. */
  articlePath?: string
  /** An `ignore` glob of the config file covers the article. */
  ignored: boolean
}

interface ConfigFile {
  path: string
  config: EditorialConfig
  notices: Notice[]
}

/**
 * The one way configuration is found, read and layered, for the CLI, the
 * editor and Lint Workspace alike: the engine's defaults, then the nearest
 * `.editorial-review.json` (the article's folder, then each parent), then the
 * editor's settings. A later layer wins, at rule and at category level: a
 * category turned off in the settings silences the file's rules of that category.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<ConfigFile | undefined>>()
  private readonly byPath = new Map<string, Promise<ConfigFile | undefined>>()

  constructor(private readonly reader: ConfigReader) {}

  /** Forgets every file read, after one was created, changed or deleted. */
  clear(): void {
    this.byFolder.clear()
    this.byPath.clear()
  }

  async resolve(request: ConfigRequest): Promise<ResolvedConfig> {
    const folder = request.articlePath !== undefined ? parentOf(request.articlePath) : request.folder
    const file =
      request.explicitPath !== undefined
        ? await this.read(request.explicitPath)
        : folder !== undefined
          ? await this.nearest(folder, request.root)
          : undefined
    const config = layer(file?.config ?? emptyConfig(), request.settings)
    const articlePath =
      file && request.articlePath !== undefined ? relativePath(parentOf(file.path), request.articlePath) : undefined
    const ignored =
      articlePath !== undefined &&
      !articlePath.startsWith('../') &&
      config.ignore.length > 0 &&
      picomatch(config.ignore, {dot: true})(articlePath)
    return {config, path: file?.path, notices: file?.notices ?? [], articlePath, ignored}
  }

  private nearest(folder: string, root: string | undefined): Promise<ConfigFile | undefined> {
    let found = this.byFolder.get(folder)
    if (!found) {
      found = this.lookIn(folder, root)
      this.byFolder.set(folder, found)
    }
    return found
  }

  private async lookIn(folder: string, root: string | undefined): Promise<ConfigFile | undefined> {
    const candidate = joinPath(folder, CONFIG_FILE_NAME)
    const file = await this.read(candidate)
    if (file) return file
    const parent = parentOf(folder)
    if (folder === root || parent === folder) return undefined
    return this.nearest(parent, root)
  }

  /** Reads and parses a config file once; a missing one is undefined, an unreadable one a notice. */
  private read(path: string): Promise<ConfigFile | undefined> {
    let entry = this.byPath.get(path)
    if (!entry) {
      entry = this.reader.readFile(path).then(
        (text): ConfigFile | undefined => (text === undefined ? undefined : {path, ...parseConfig(text, path)}),
        (error: unknown): ConfigFile => ({
          path,
          config: emptyConfig(),
          notices: [
            {
              severity: 'error',
              message: `${path}: cannot be read (${(error as {code?: string}).code ?? (error as Error).message}); using the default settings instead.`,
              path
            }
          ]
        })
      )
      this.byPath.set(path, entry)
    }
    return entry
  }
}

/** The config with the editor's settings over it; see ConfigResolver for the order. */
export function layer(base: EditorialConfig, over: ConfigLayer | undefined): EditorialConfig {
  if (!over) return base
  const rules = {...base.rules}
  for (const [category, setting] of Object.entries(over.categories ?? {})) {
    if (setting === undefined) continue
    for (const rule of RULES) if (rule.category === category) delete rules[rule.id]
  }
  return {
    ...base,
    rules: {...rules, ...over.rules},
    categories: {...base.categories, ...over.categories},
    allow: [...base.allow, ...(over.allow ?? [])],
    sensitivity: over.sensitivity ?? base.sensitivity
  }
}

function parentOf(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
  const slash = trimmed.lastIndexOf('/')
  if (slash < 0) return trimmed
  return slash === 0 ? '/' : trimmed.slice(0, slash)
}

function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`
}

/** `to` relative to the folder `from`, with `../` where it lies outside. */
export function relativePath(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean)
  const toParts = to.split('/').filter(Boolean)
  let shared = 0
  while (shared < fromParts.length && shared < toParts.length && fromParts[shared] === toParts[shared]) shared++
  return [...fromParts.slice(shared).map(() => '..'), ...toParts.slice(shared)].join('/')
}
