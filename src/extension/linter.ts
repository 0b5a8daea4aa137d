import * as vscode from 'vscode'
import {IncrementalLinter, isModelLoaded, MAX_ARTICLE_BYTES, type Finding, type LintOptions} from '../engine/index'
import type {LanguageReading} from '../engine/reading/language'
import {byImportance, rangeOf, toDiagnostic} from './diagnostics'
import {behaviourFor, type ProjectConfigs} from './settings'

/** A lint slower than this switches the article from checking as you type to checking on save. */
const SLOW_LINT_MS = 1000
/** At most this many chunks re-read: the lint of an edit, not of the whole article. */
const EDIT_CHUNKS = 3

/** What the last lint of a document found, for code actions, hovers, the status bar and the report. */
export interface DocumentLint {
  uri: vscode.Uri
  version: number
  findings: Finding[]
  /** Findings left out of the Problems panel by `maxProblemsPerFile`. */
  omitted: number
  /** What the lint was run with, so the balance report can use the same. */
  options: LintOptions
  /** How much of the article was not checked because it is not in English (the rules read English only). */
  language: LanguageReading
}

/**
 * Lints open articles and keeps their diagnostics. Edits are debounced; a
 * lint whose document changed while it ran is dropped (a generation counter,
 * as vscode-markdownlint does), so only the latest version's findings show.
 */
export class LintController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('editorial-review')
  private readonly results = new Map<string, DocumentLint>()
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly generations = new Map<string, number>()
  private readonly linters = new Map<string, IncrementalLinter>()
  private readonly linted = new vscode.EventEmitter<DocumentLint>()
  private readonly reportedNotices = new Set<string>()
  private readonly slowDocuments = new Set<string>()
  /** Fires after a document's diagnostics are updated. */
  readonly onDidLint = this.linted.event
  private readonly subscriptions: vscode.Disposable[] = []

  constructor(private readonly configs: ProjectConfigs) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpen(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSave(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('editorialReview')) this.relintAll()
      }),
      configs.onDidChange(() => {
        this.reportedNotices.clear()
        this.relintAll()
      })
    )
    for (const document of vscode.workspace.textDocuments) this.onOpen(document)
  }

  /** Whether the settings say this document is an article to lint. */
  isArticle(document: vscode.TextDocument): boolean {
    const behaviour = behaviourFor(document.uri)
    return behaviour.enable && behaviour.languages.includes(document.languageId) && isEditorsOwn(document.uri)
  }

  resultFor(uri: vscode.Uri): DocumentLint | undefined {
    return this.results.get(uri.toString())
  }

  /** Lints now, whatever the `run` setting says (the Lint commands). */
  async lintNow(document: vscode.TextDocument): Promise<DocumentLint | undefined> {
    const key = document.uri.toString()
    clearTimeout(this.timers.get(key))
    const generation = (this.generations.get(key) ?? 0) + 1
    this.generations.set(key, generation)
    const version = document.version
    const project = await this.configs.forDocument(document.uri)
    this.reportNotices(project.notices)
    // Anything newer that started while the config was read wins.
    if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return
    if (project.ignored) {
      // The config file's `ignore` covers this article: nothing to show, as on the command line.
      this.collection.delete(document.uri)
      this.results.delete(key)
      return
    }
    const linter = this.linterFor(key)
    const options: LintOptions = {
      kind: document.languageId === 'markdown' ? 'markdown' : 'plaintext',
      config: project.config,
      path: project.articlePath
    }
    const text = document.getText()
    if (text.length > MAX_ARTICLE_BYTES) {
      // Past the budget the extension host would stall: say so once, and show nothing stale.
      this.collection.delete(document.uri)
      this.results.delete(key)
      if (!this.reportedNotices.has(key)) {
        this.reportedNotices.add(key)
        void vscode.window.showWarningMessage(
          `Editorial Review: ${vscode.workspace.asRelativePath(document.uri)} is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit; it is not checked. Split it to check it.`
        )
      }
      return
    }
    // The first lint also loads the part-of-speech model: it says nothing about this article's speed.
    const warm = isModelLoaded()
    const started = performance.now()
    const result = linter.lint(text, options)
    // Only a lint of an edit tells whether typing would stall: it reads the few chunks that changed (a huge
    // paragraph is slow every time), where the first lint, or one after a settings change, reads them all.
    if (warm && result.linted <= EDIT_CHUNKS) this.noteSlowness(document, performance.now() - started)
    if (this.generations.get(key) !== generation || document.version !== version) return
    const behaviour = behaviourFor(document.uri)
    const shown = [...result.findings].sort(byImportance).slice(0, behaviour.maxProblemsPerFile)
    this.collection.set(
      document.uri,
      shown.map((finding) => toDiagnostic(rangeOf(document, finding), finding))
    )
    const lint: DocumentLint = {
      uri: document.uri,
      version,
      findings: result.findings,
      omitted: result.findings.length - shown.length,
      options,
      language: result.language
    }
    this.results.set(key, lint)
    this.linted.fire(lint)
    return lint
  }

  /**
   * A lint of an edit that takes longer than a second (a huge paragraph)
   * would stall typing: such an article is then checked when saved, and the
   * editor is told once. A long article of ordinary paragraphs is slow to read
   * the first time only, and is still checked as it is typed.
   */
  private noteSlowness(document: vscode.TextDocument, milliseconds: number): void {
    const key = document.uri.toString()
    if (milliseconds < SLOW_LINT_MS || this.slowDocuments.has(key) || behaviourFor(document.uri).run !== 'onType')
      return
    this.slowDocuments.add(key)
    void vscode.window.showInformationMessage(
      `Editorial Review: checking ${vscode.workspace.asRelativePath(document.uri)} takes ${(milliseconds / 1000).toFixed(1)} s, so it is checked when you save rather than as you type.`
    )
  }

  private linterFor(key: string): IncrementalLinter {
    let linter = this.linters.get(key)
    if (!linter) {
      linter = new IncrementalLinter()
      this.linters.set(key, linter)
    }
    return linter
  }

  private onOpen(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return
    if (behaviourFor(document.uri).run !== 'manual') void this.lintNow(document)
  }

  private onChange({document, contentChanges}: vscode.TextDocumentChangeEvent): void {
    if (contentChanges.length === 0 || !this.isArticle(document)) return
    const behaviour = behaviourFor(document.uri)
    const key = document.uri.toString()
    // The findings no longer match the text: a newer lint is on its way or the old ones are stale.
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1)
    if (behaviour.run !== 'onType' || this.slowDocuments.has(key)) return
    clearTimeout(this.timers.get(key))
    this.timers.set(
      key,
      setTimeout(() => void this.lintNow(document), behaviour.debounceMs)
    )
  }

  private onSave(document: vscode.TextDocument): void {
    const run = behaviourFor(document.uri).run
    if (
      this.isArticle(document) &&
      (run === 'onSave' || (run === 'onType' && this.slowDocuments.has(document.uri.toString())))
    )
      void this.lintNow(document)
  }

  private relintAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.isArticle(document)) {
        if (behaviourFor(document.uri).run !== 'manual') void this.lintNow(document)
      } else {
        this.forget(document.uri)
      }
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString()
    clearTimeout(this.timers.get(key))
    this.timers.delete(key)
    this.results.delete(key)
    this.linters.delete(key)
    this.slowDocuments.delete(key)
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1)
    this.collection.delete(uri)
  }

  /** A broken config file is reported once, naming the file and the problem; linting goes on with defaults. */
  private reportNotices(notices: readonly {severity: string; message: string}[]): void {
    for (const notice of notices) {
      if (this.reportedNotices.has(notice.message)) continue
      this.reportedNotices.add(notice.message)
      const show =
        notice.severity === 'error'
          ? vscode.window.showErrorMessage
          : notice.severity === 'warning'
            ? vscode.window.showWarningMessage
            : vscode.window.showInformationMessage
      void show(`Editorial Review: ${notice.message}`)
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    for (const subscription of this.subscriptions) subscription.dispose()
    this.collection.dispose()
    this.linted.dispose()
  }
}

/**
 * An article the editor writes: an untitled one, or a file in some file system (on disk, remote, virtual).
 * Not the views VS Code builds from them (a refactor preview, a diff's original, output): their squiggles
 * would be the same findings twice in the Problems panel.
 */
function isEditorsOwn(uri: vscode.Uri): boolean {
  if (uri.scheme === 'untitled') return true
  return (
    uri.scheme !== 'output' &&
    uri.scheme !== 'vscode-userdata' &&
    vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined
  )
}
