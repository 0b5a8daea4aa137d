import * as vscode from 'vscode'
import {balanceFromLint, balanceToMarkdown, readDocument, type BalanceReport, type ProseDocument} from '../engine/index'
import type {DocumentLint} from './linter'

/** Messages the webview may send; anything else is ignored. */
type WebviewMessage =
  | {type: 'reveal'; start: number; end: number}
  | {type: 'reveal-voice'; spans: Array<{start: number; end: number}>}
  | {type: 'export'}

/** The most sentences one voice's row may select at once. */
const MAX_REVEALED_SPANS = 500

function isRange(value: unknown): value is {start: number; end: number} {
  const range = value as Record<string, unknown>
  return (
    typeof range === 'object' &&
    range !== null &&
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    (range.start as number) >= 0 &&
    (range.end as number) >= (range.start as number)
  )
}

function isWebviewMessage(message: unknown): message is WebviewMessage {
  const value = message as Record<string, unknown>
  if (typeof value !== 'object' || value === null) return false
  if (value.type === 'export') return true
  if (value.type === 'reveal-voice')
    return (
      Array.isArray(value.spans) &&
      value.spans.length > 0 &&
      value.spans.length <= MAX_REVEALED_SPANS &&
      value.spans.every(isRange)
    )
  return value.type === 'reveal' && isRange(value)
}

/**
 * The balance report in a webview panel: the score and verdict, a chart of
 * the components, the table of voices (click a row to select its sentences
 * in the article), the evidence (click to select it) and the next steps. Article text reaches the page only as data, rendered with
 * textContent, under a CSP that allows only this extension's script.
 */
export class BalancePanel implements vscode.Disposable {
  static readonly viewType = 'editorialReview.balance'
  private static current: BalancePanel | undefined

  private readonly disposables: vscode.Disposable[] = []
  private document: vscode.TextDocument
  private latest: DocumentLint | undefined
  private read: ProseDocument | undefined
  private stale = false
  report: BalanceReport | undefined
  /** How many times the article has been scored while the panel was open (tests count them). */
  scorings = 0

  static createOrShow(extensionUri: vscode.Uri, document: vscode.TextDocument, lint: DocumentLint): BalancePanel {
    if (BalancePanel.current) {
      BalancePanel.current.panel.reveal(vscode.ViewColumn.Beside, true)
      BalancePanel.current.update(document, lint, true)
      return BalancePanel.current
    }
    const panel = vscode.window.createWebviewPanel(
      BalancePanel.viewType,
      'Balance score',
      {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true},
      {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')]
      }
    )
    BalancePanel.current = new BalancePanel(panel, extensionUri, document)
    BalancePanel.current.update(document, lint, true)
    return BalancePanel.current
  }

  static get open(): BalancePanel | undefined {
    return BalancePanel.current
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    document: vscode.TextDocument
  ) {
    this.document = document
    panel.webview.html = this.html()
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables)
    panel.onDidChangeViewState(
      () => {
        if (panel.visible && this.stale && this.latest) this.update(this.document, this.latest)
      },
      undefined,
      this.disposables
    )
    panel.webview.onDidReceiveMessage(
      (message: unknown) => void this.handleMessage(message),
      undefined,
      this.disposables
    )
  }

  get documentUri(): vscode.Uri {
    return this.document.uri
  }

  /**
   * Scores the article from its latest lint (the one behind its squiggles: no
   * second lint) and sends the report to the page. A hidden panel waits until
   * it is shown again.
   */
  update(document: vscode.TextDocument, lint: DocumentLint, shown = false): BalanceReport | undefined {
    this.document = document
    this.latest = lint
    if (!this.panel.visible && !shown) {
      this.stale = true
      return
    }
    this.stale = false
    this.scorings++
    this.read = readDocument(document.getText(), lint.options.kind)
    // The same reading of what is not English as the status bar's, so the two say the same.
    this.report = balanceFromLint({findings: lint.findings, document: this.read, language: lint.language})
    this.panel.title = `Balance: ${vscode.workspace.asRelativePath(document.uri)}`
    // Lines are worked out here, at the edge, for the page's tooltips.
    const report = {
      ...this.report,
      components: this.report.components.map((component) => ({
        ...component,
        evidence: component.evidence.map((item) => ({...item, line: document.positionAt(item.span.start).line + 1}))
      })),
      sources: this.report.sources.map((source) => ({
        ...source,
        lines: source.spans.map((span) => document.positionAt(span.start).line + 1)
      })),
      reading: {
        ...this.report.reading,
        unread: this.report.reading.unread.map((span) => ({...span, line: document.positionAt(span.start).line + 1}))
      }
    }
    void this.panel.webview.postMessage({
      type: 'report',
      report,
      fileName: vscode.workspace.asRelativePath(document.uri),
      version: document.version
    })
    return this.report
  }

  /** Acts on a message from the page only when it is well formed and its range lies in the article. */
  async handleMessage(message: unknown): Promise<boolean> {
    if (!isWebviewMessage(message)) return false
    if (message.type === 'export') {
      await this.exportMarkdown()
      return true
    }
    // A forged or stale range outside the article is ignored.
    const spans = message.type === 'reveal' ? [{start: message.start, end: message.end}] : message.spans
    const length = this.document.getText().length
    if (this.document.isClosed || spans.some((span) => span.end > length)) return false
    const ranges = spans.map(
      (span) => new vscode.Range(this.document.positionAt(span.start), this.document.positionAt(span.end))
    )
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: vscode.ViewColumn.One,
      preserveFocus: false
    })
    // A voice's row selects every sentence in which it speaks, one selection each.
    editor.selections = ranges.map((range) => new vscode.Selection(range.start, range.end))
    editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport)
    return true
  }

  async exportMarkdown(): Promise<vscode.TextDocument | undefined> {
    if (!this.report || !this.read) return
    const content = balanceToMarkdown(this.report, vscode.workspace.asRelativePath(this.document.uri), this.read.lines)
    const exported = await vscode.workspace.openTextDocument({language: 'markdown', content})
    await vscode.window.showTextDocument(exported, {viewColumn: vscode.ViewColumn.Active})
    return exported
  }

  private html(): string {
    const webview = this.panel.webview
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name))
    const nonce = createNonce()
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${media('balance.css')}" rel="stylesheet">
<title>Balance score</title>
</head>
<body>
<main id="report" aria-live="polite"><p class="waiting">Scoring the article…</p></main>
<script nonce="${nonce}" src="${media('balance.js')}"></script>
</body>
</html>`
  }

  dispose(): void {
    BalancePanel.current = undefined
    this.panel.dispose()
    for (const disposable of this.disposables.splice(0)) disposable.dispose()
  }
}

function createNonce(): string {
  const bytes = new Uint8Array(24)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
