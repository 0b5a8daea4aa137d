import * as vscode from 'vscode'
import {emptyConfig, parseConfig, CONFIG_FILE_NAME, type EditorialConfig, type Notice, type RuleSetting} from '../engine/index'

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

/** A project config file as read for a document: where it is, what it says, and what was wrong with it. */
export interface ProjectConfig {
  uri?: vscode.Uri
  config: EditorialConfig
  notices: Notice[]
}

/**
 * Finds and reads `.editorial-review.json` for a document: its folder, then
 * each parent up to the workspace folder. Uses `workspace.fs`, so it works in
 * VS Code for the Web and virtual workspaces. Results are cached until a
 * config file changes.
 */
export class ProjectConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ProjectConfig>>()
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`)
  private readonly changed = new vscode.EventEmitter<void>()
  /** Fires when a config file is created, changed or deleted. */
  readonly onDidChange = this.changed.event

  constructor() {
    const reset = () => {
      this.cache.clear()
      this.changed.fire()
    }
    this.watcher.onDidChange(reset)
    this.watcher.onDidCreate(reset)
    this.watcher.onDidDelete(reset)
  }

  forDocument(uri: vscode.Uri): Promise<ProjectConfig> {
    const folder = vscode.Uri.joinPath(uri, '..')
    const key = folder.toString()
    let entry = this.cache.get(key)
    if (!entry) {
      entry = this.find(folder, vscode.workspace.getWorkspaceFolder(uri)?.uri)
      this.cache.set(key, entry)
    }
    return entry
  }

  private async find(folder: vscode.Uri, root: vscode.Uri | undefined): Promise<ProjectConfig> {
    for (let current = folder, depth = 0; depth < 32; depth++) {
      const candidate = vscode.Uri.joinPath(current, CONFIG_FILE_NAME)
      const bytes = await readIfExists(candidate)
      if (bytes) {
        const text = new TextDecoder().decode(bytes)
        const {config, notices} = parseConfig(text, vscode.workspace.asRelativePath(candidate))
        return {uri: candidate, config, notices}
      }
      if (root && current.toString() === root.toString()) break
      const parent = vscode.Uri.joinPath(current, '..')
      if (parent.toString() === current.toString()) break
      current = parent
    }
    return {config: emptyConfig(), notices: []}
  }

  dispose(): void {
    this.watcher.dispose()
    this.changed.dispose()
  }
}

async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri)
  } catch {
    return undefined
  }
}

/**
 * The one documented order: the engine's defaults, then `.editorial-review.json`,
 * then the `editorialReview.*` settings, each overriding the one before.
 */
export function effectiveConfig(project: EditorialConfig, uri: vscode.Uri): EditorialConfig {
  const settings = vscode.workspace.getConfiguration('editorialReview', uri)
  const rules = settings.get<Record<string, RuleSetting>>('rules', {})
  const categories = settings.get<Record<string, RuleSetting>>('categories', {})
  const allow = settings.get<string[]>('allow', [])
  return {
    ...project,
    rules: {...project.rules, ...rules},
    categories: {...project.categories, ...categories},
    allow: [...project.allow, ...allow]
  }
}
