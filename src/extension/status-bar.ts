import * as vscode from 'vscode'
import type {BalanceReport} from '../engine/index'
import {unreadPercent} from '../engine/reading/language'
import type {DocumentLint} from './linter'

/** More than this share of an article's words not in English, and the article as a whole was not checked. */
const MOSTLY_UNREAD = 0.5

/**
 * The number of findings in the active article, and its balance score once
 * computed; click for the report. An article, or a part of one, not in
 * English is said: the rules read English only, and "0" there means nothing.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'editorialReview.status',
    vscode.StatusBarAlignment.Right,
    100
  )
  private readonly balance = new Map<string, number | 'not scored'>()

  constructor(command: string) {
    this.item.name = 'Editorial Review'
    this.item.command = command
  }

  setBalance(uri: vscode.Uri, report: Pick<BalanceReport, 'score' | 'reading'>): void {
    this.balance.set(uri.toString(), report.reading.scored ? report.score : 'not scored')
  }

  show(lint: DocumentLint | undefined): void {
    if (!lint) {
      this.item.hide()
      return
    }
    const count = lint.findings.length
    const score = this.balance.get(lint.uri.toString())
    const {language} = lint
    const mostly = language.unreadWords > 0 && language.unreadShare > MOSTLY_UNREAD
    const unread =
      language.unreadWords === 0
        ? ''
        : language.unreadWords === language.words
          ? ' · not English'
          : ` · ${unreadPercent(language)}% not English`
    const balance = score === undefined ? '' : score === 'not scored' ? ' · balance not scored' : ` · balance ${score}`
    this.item.text = `$(${mostly ? 'warning' : 'checklist'}) ${count}${unread}${balance}`
    const omitted =
      lint.omitted > 0
        ? ` ${lint.omitted} more are not shown in the Problems panel (editorialReview.maxProblemsPerFile).`
        : ''
    const paragraphs = `${language.unread.length} ${language.unread.length === 1 ? 'paragraph' : 'paragraphs'}`
    const notRead =
      language.unreadWords === 0
        ? ''
        : language.unreadWords === language.words
          ? ` This article is not in English (${language.words} words), and the rules read English only: it was not checked.`
          : ` ${paragraphs} (${unreadPercent(language)}% of its words) ${language.unread.length === 1 ? 'is' : 'are'} not in English and ${language.unread.length === 1 ? 'was' : 'were'} not checked: the rules read English only.`
    const balanceTip =
      score === undefined
        ? ' Click for the balance score.'
        : score === 'not scored'
          ? ' The balance score could not be given; click for the reason.'
          : ` Balance ${score}/100; click for the report.`
    this.item.tooltip = `Editorial Review: ${count} ${count === 1 ? 'finding' : 'findings'} in this article.${notRead}${omitted}${balanceTip}`
    this.item.show()
  }

  /** What the status bar says now, for the integration tests. */
  get shown(): {text: string; tooltip: string} {
    return {text: this.item.text, tooltip: String(this.item.tooltip ?? '')}
  }

  dispose(): void {
    this.item.dispose()
  }
}
