import * as vscode from 'vscode'
import type {DocumentLint} from './linter'

/** The number of findings in the active article, and its balance score once computed; click for the report. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'editorialReview.status',
    vscode.StatusBarAlignment.Right,
    100
  )
  private readonly balance = new Map<string, number>()

  constructor(command: string) {
    this.item.name = 'Editorial Review'
    this.item.command = command
  }

  setBalance(uri: vscode.Uri, score: number): void {
    this.balance.set(uri.toString(), score)
  }

  show(lint: DocumentLint | undefined): void {
    if (!lint) {
      this.item.hide()
      return
    }
    const count = lint.findings.length
    const score = this.balance.get(lint.uri.toString())
    this.item.text = `$(checklist) ${count}${score === undefined ? '' : ` · balance ${score}`}`
    const omitted =
      lint.omitted > 0
        ? ` ${lint.omitted} more are not shown in the Problems panel (editorialReview.maxProblemsPerFile).`
        : ''
    this.item.tooltip = `Editorial Review: ${count} ${count === 1 ? 'finding' : 'findings'} in this article.${omitted}${score === undefined ? ' Click for the balance score.' : ` Balance ${score}/100; click for the report.`}`
    this.item.show()
  }

  dispose(): void {
    this.item.dispose()
  }
}
