import * as vscode from 'vscode'
import {
  ConfigResolver,
  CONFIG_FILE_NAME,
  type ConfigLayer,
  type ResolvedConfig,
  type RuleSetting,
  type Sensitivity
} from '../engine/index'

/** How and when the extension lints, read from the `editorialReview.*` settings of a document's folder. */
export interface BehaviourSettings {
  enable: boolean
  run: 'onType' | 'onSave' | 'manual'
  debounceMs: number
  languages: string[]
  maxProblemsPerFile: number
}

export function behaviourFor(uri: vscode.Uri | undefined): BehaviourSettings {
  const settings = vscode.workspace.getConfiguration('editorialReview', uri)
  return {
    enable: settings.get<boolean>('enable', true),
    run: settings.get<BehaviourSettings['run']>('run', 'onType'),
    debounceMs: settings.get<number>('debounceMs', 300),
    languages: settings.get<string[]>('languages', ['markdown', 'plaintext']),
    maxProblemsPerFile: Math.max(1, settings.get<number>('maxProblemsPerFile', 500))
  }
}

/** The configuration for one article: layered as the engine does it, with the config file that was used. */
export interface ProjectConfig extends ResolvedConfig {
  /** The config file, when there is one. */
  uri?: vscode.Uri
}

/**
 * Configuration for documents, through the engine's one resolver: the nearest
 * `.editorial-review.json` up to the workspace folder, read with
 * `workspace.fs` (so it works in VS Code for the Web and virtual workspaces),
 * under the `editorialReview.*` settings. Files are read once until one changes.
 */
export class ProjectConfigs implements vscode.Disposable {
  /** One resolver per file system (scheme and authority), since the engine speaks in paths. */
  private readonly resolvers = new Map<string, ConfigResolver>()
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`)
  private readonly changed = new vscode.EventEmitter<void>()
  /** Fires when a config file is created, changed or deleted. */
  readonly onDidChange = this.changed.event

  constructor() {
    const reset = () => {
      for (const resolver of this.resolvers.values()) resolver.clear()
      this.changed.fire()
    }
    this.watcher.onDidChange(reset)
    this.watcher.onDidCreate(reset)
    this.watcher.onDidDelete(reset)
  }

  async forDocument(uri: vscode.Uri): Promise<ProjectConfig> {
    // A document with no file system behind it (untitled, a refactor preview) has no config file to look for.
    const hasFiles = vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined
    const resolved = await this.resolverFor(uri).resolve({
      articlePath: hasFiles ? uri.path : undefined,
      root: vscode.workspace.getWorkspaceFolder(uri)?.uri.path,
      settings: editorSettings(uri)
    })
    const displayed = resolved.path
      ? {
          ...resolved,
          notices: resolved.notices.map((notice) => ({
            ...notice,
            message: notice.message.replace(
              resolved.path!,
              vscode.workspace.asRelativePath(uri.with({path: resolved.path!}))
            )
          }))
        }
      : resolved
    return resolved.path ? {...displayed, uri: uri.with({path: resolved.path})} : displayed
  }

  private resolverFor(uri: vscode.Uri): ConfigResolver {
    const key = `${uri.scheme}://${uri.authority}`
    let resolver = this.resolvers.get(key)
    if (!resolver) {
      resolver = new ConfigResolver({readFile: (path) => readIfExists(uri.with({path, query: '', fragment: ''}))})
      this.resolvers.set(key, resolver)
    }
    return resolver
  }

  dispose(): void {
    this.watcher.dispose()
    this.changed.dispose()
  }
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
  } catch (error) {
    // A missing file is the usual case; anything else is a file the editor should hear about.
    if (error instanceof vscode.FileSystemError && !/NotFound|NotADirectory/.test(error.code)) throw error
    return undefined
  }
}

/** The `editorialReview.*` settings that layer over the config file. */
function editorSettings(uri: vscode.Uri): ConfigLayer {
  const settings = vscode.workspace.getConfiguration('editorialReview', uri)
  return {
    rules: settings.get<Record<string, RuleSetting>>('rules', {}),
    categories: settings.get<ConfigLayer['categories']>('categories', {}),
    allow: settings.get<string[]>('allow', []),
    sensitivity: settings.get<Sensitivity>('sensitivity')
  }
}
