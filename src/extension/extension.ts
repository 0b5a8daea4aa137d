import * as vscode from 'vscode'
import {lintCounts} from '../engine/index'
import {BalancePanel} from './balance-panel'
import {EditorialCodeActionProvider, COMMANDS} from './code-actions'
import {disableRule, lintWorkspace, openRuleDocs, showBalance, toggle} from './commands'
import {FindingHoverProvider} from './hover'
import {ignoreFinding} from './ignore'
import {LintController} from './linter'
import {reviewRewrites, SafeFixAllProvider} from './review'
import {ProjectConfigs} from './settings'
import {StatusBar} from './status-bar'
import {applySuggestion, type SuggestionArguments} from './suggestions'

/** What the extension hands back from `activate`: used by its integration tests. */
export interface EditorialReviewApi {
  linter: LintController
  balancePanel: () => BalancePanel | undefined
  /** How long activate() took, in milliseconds. */
  activationMs: number
  /** Which extension host runs the extension: the desktop/remote Node host, or VS Code for the Web's web worker. */
  extensionHost: 'node' | 'webworker'
  /** How many lints this host has run (whole articles, incremental lints, chunks), for tests that count them. */
  lintCounts: () => Readonly<typeof lintCounts>
  /** What the status bar shows for the active article. */
  status: () => {text: string; tooltip: string}
}

/** Characters from which an article counts as long for the balance report (about 8,000 words: scoring takes a third of a second or more). */
const LONG_ARTICLE = 50_000
/** How long edits to a long article must pause before its open balance report is scored again. */
const BALANCE_PAUSE_MS = 1500

/** The article's length in characters, without copying its text. */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end)
}

const SELECTOR: vscode.DocumentSelector = [
  {scheme: '*', language: 'markdown'},
  {scheme: '*', language: 'plaintext'}
]

export function activate(context: vscode.ExtensionContext): EditorialReviewApi {
  const started = performance.now()
  const configs = new ProjectConfigs()
  const linter = new LintController(configs)
  const statusBar = new StatusBar('editorialReview.showBalance')
  const showActive = () => {
    const document = vscode.window.activeTextEditor?.document
    statusBar.show(document && linter.isArticle(document) ? linter.resultFor(document.uri) : undefined)
  }
  const articleFor = (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
  const scoreBalance = (uri: vscode.Uri) => {
    const panel = BalancePanel.open
    const document = articleFor(uri)
    const lint = linter.resultFor(uri)
    if (!panel || !document || !lint || panel.documentUri.toString() !== uri.toString()) return
    const report = panel.update(document, lint)
    if (report) statusBar.setBalance(uri, report)
  }
  // Scoring reads the whole article again: a few milliseconds for a news story, seconds for a book-length one. An
  // open report on a long article is scored once edits pause, not after every lint while its author types.
  let pendingBalance: ReturnType<typeof setTimeout> | undefined
  const refreshBalance = (uri: vscode.Uri) => {
    clearTimeout(pendingBalance)
    pendingBalance = undefined
    const document = articleFor(uri)
    if (!BalancePanel.open || !document) return
    if (lengthOf(document) < LONG_ARTICLE) return scoreBalance(uri)
    pendingBalance = setTimeout(() => scoreBalance(uri), BALANCE_PAUSE_MS)
  }

  context.subscriptions.push(
    configs,
    linter,
    statusBar,
    linter.onDidLint((lint) => {
      refreshBalance(lint.uri)
      showActive()
    }),
    vscode.window.onDidChangeActiveTextEditor(showActive),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new EditorialCodeActionProvider(linter), {
      providedCodeActionKinds: EditorialCodeActionProvider.providedCodeActionKinds
    }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new SafeFixAllProvider(linter), {
      providedCodeActionKinds: SafeFixAllProvider.providedCodeActionKinds
    }),
    vscode.languages.registerHoverProvider(SELECTOR, new FindingHoverProvider(linter)),
    vscode.commands.registerCommand(COMMANDS.applySuggestion, (args: SuggestionArguments) => applySuggestion(args)),
    vscode.commands.registerCommand(
      COMMANDS.ignoreFinding,
      (uri: string, ruleId: string, text: string, offset: number) => ignoreFinding(configs, uri, ruleId, text, offset)
    ),
    vscode.commands.registerCommand(COMMANDS.disableRule, (ruleId: string, uri?: string) => disableRule(ruleId, uri)),
    vscode.commands.registerCommand(COMMANDS.openRuleDocs, (ruleId?: string) =>
      openRuleDocs(context.extensionUri, ruleId)
    ),
    vscode.commands.registerCommand('editorialReview.reviewRewrites', () => reviewRewrites(linter)),
    vscode.commands.registerCommand('editorialReview.lintWorkspace', () => lintWorkspace(linter, configs)),
    vscode.commands.registerCommand('editorialReview.lintDocument', () => {
      const document = vscode.window.activeTextEditor?.document
      return document && linter.isArticle(document) ? linter.lintNow(document) : undefined
    }),
    vscode.commands.registerCommand('editorialReview.toggle', () => toggle()),
    vscode.commands.registerCommand('editorialReview.showBalance', async () => {
      const panel = await showBalance(context.extensionUri, linter)
      if (panel?.report) {
        statusBar.setBalance(panel.documentUri, panel.report)
        showActive()
      }
      return panel?.report
    }),
    vscode.commands.registerCommand('editorialReview.exportBalance', () => BalancePanel.open?.exportMarkdown()),
    {dispose: () => BalancePanel.open?.dispose()},
    {dispose: () => clearTimeout(pendingBalance)}
  )
  showActive()
  return {
    linter,
    balancePanel: () => BalancePanel.open,
    activationMs: performance.now() - started,
    extensionHost: typeof process === 'undefined' ? 'webworker' : 'node',
    lintCounts: () => ({...lintCounts}),
    status: () => statusBar.shown
  }
}

export function deactivate(): void {}
