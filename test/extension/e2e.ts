/// <reference lib="dom" />
// The end-to-end click-through: an editor opens an article in the real VS Code (code-server's, in Chromium),
// sees squiggles and the Problems panel, applies a rewrite with Ctrl+., reviews rewrites in the refactor
// preview, and opens the balance report. Screenshots go to test-results/; look at them.
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {FrameLocator, Page} from 'playwright-core'
import {LineIndex, lintText} from '../../src/engine/index'
import {PROJECT_ROOT} from '../helpers'
import {buildExtension, ensureHost, launchBrowser, runAsScript, startHost, workbenchUrl} from './host'

const RESULTS = join(PROJECT_ROOT, 'test-results')
export const STEP_TIMEOUT = 30_000

export interface Step {
  name: string
  run: () => Promise<void>
}

/** Runs the click-through's steps in order, each on its own: a failed one is reported with a screenshot and the rest still run. */
export async function runSteps(
  steps: readonly Step[],
  shot: (name: string) => Promise<unknown>,
  close: () => Promise<void>
): Promise<{passed: number; failed: number}> {
  let passed = 0
  let failed = 0
  try {
    for (const step of steps) {
      try {
        await step.run()
        passed++
        console.log(`  ✔ ${step.name}`)
      } catch (error) {
        failed++
        console.log(`  ✘ ${step.name}\n    ${(error as Error).message.split('\n')[0]}`)
        await shot(`failed-${passed + failed}.png`).catch(() => undefined)
      }
    }
  } finally {
    await close()
  }
  return {passed, failed}
}

export async function openFile(page: Page, name: string): Promise<void> {
  // Focus may be inside a webview; the Explorer is always there.
  const row = page.locator('.explorer-folders-view .monaco-list-row', {hasText: name}).first()
  if (await row.isVisible()) {
    await row.dblclick()
    await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({timeout: STEP_TIMEOUT})
    return
  }
  await page.keyboard.press('Control+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
  await input.fill(name)
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({timeout: STEP_TIMEOUT})
  await page.keyboard.press('Enter')
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({timeout: STEP_TIMEOUT})
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
  await input.fill(`>${title}`)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: title}).first().waitFor({timeout: STEP_TIMEOUT})
  await page.keyboard.press('Enter')
}

export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
  await input.fill(`:${line}:${column}`)
  await page.keyboard.press('Enter')
}

/** The balance report's page: a webview is an iframe holding the extension's own iframe. */
export function balanceFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame')
}

async function editorText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines, with their breaks, as the editor shows them
  return (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ')
}

export async function runEndToEnd(): Promise<{passed: number; failed: number}> {
  ensureHost()
  buildExtension()
  mkdirSync(RESULTS, {recursive: true})
  const host = await startHost({
    'workbench.colorTheme': 'Default Light Modern',
    'editor.fontSize': 15,
    'window.commandCenter': false
  })
  const context = await launchBrowser(host.root).catch(async (error: Error) => {
    await host.close()
    throw error
  })
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const shot = (name: string) => page.screenshot({path: join(RESULTS, name)})
  const article = readFileSync(join(host.workspace, 'article.md'), 'utf8')
  const hypeFinding = lintText(article, {kind: 'markdown'}).findings.find((finding) => finding.actual === 'hype')!
  const hype = new LineIndex(article).pointAt(hypeFinding.span.start)

  const steps: Step[] = [
    {
      name: 'the workbench opens with the extension loaded',
      run: async () => {
        await page.goto(
          workbenchUrl(host, [
            ['extensionDevelopmentPath', PROJECT_ROOT],
            ['skipWelcome', 'true']
          ])
        )
        await page.locator('.monaco-workbench').waitFor({timeout: 60_000})
        await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({timeout: 60_000})
      }
    },
    {
      name: 'opening an article shows squiggles',
      run: async () => {
        await openFile(page, 'article.md')
        await page.locator('.squiggly-warning').first().waitFor({timeout: STEP_TIMEOUT})
        await shot('01-article-with-squiggles.png')
      }
    },
    {
      name: 'the Problems panel lists the findings',
      run: async () => {
        await page.keyboard.press('Control+Shift+M')
        const rows = page.locator('.markers-panel .monaco-list-row')
        await rows.first().waitFor({timeout: STEP_TIMEOUT})
        await page.locator('.markers-panel', {hasText: 'loaded-language'}).waitFor({timeout: STEP_TIMEOUT})
        await shot('02-problems-panel.png')
      }
    },
    {
      name: 'Ctrl+. on "hype" offers the rewrite, and Enter applies it',
      run: async () => {
        await page.locator('.editor-instance .view-lines').first().click()
        await goTo(page, hype.line, hype.column + 1)
        await page.keyboard.press('Control+.')
        const menu = page.locator('.action-widget')
        await menu.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
        await menu.locator('text=Replace “hype” with “attention” (loaded-language)').waitFor({timeout: STEP_TIMEOUT})
        await shot('03-quick-fix-menu.png')
        await page.keyboard.press('Enter')
        await page.waitForFunction(
          () => document.querySelector('.editor-instance .view-lines')?.textContent?.includes('attention'),
          undefined,
          {timeout: STEP_TIMEOUT}
        )
      }
    },
    {
      name: 'Review Suggested Rewrites opens the refactor preview; a ticked rewrite is applied',
      run: async () => {
        await runCommand(page, 'Editorial Review: Review Suggested Rewrites')
        const pane = page.locator('.bulk-edit-panel, [id="refactorPreview"]').first()
        await pane.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
        const rows = pane.locator('.monaco-list-row')
        await rows.nth(1).waitFor({timeout: STEP_TIMEOUT})
        // Tick the first rewrite, as an editor would.
        const checkbox = rows.nth(1).locator('.edit-checkbox, input[type="checkbox"], .monaco-custom-toggle').first()
        await checkbox.click()
        await shot('04-review-rewrites-preview.png')
        const before = await editorText(page)
        await pane.locator('.monaco-button', {hasText: 'Apply'}).first().click()
        await page.waitForFunction(
          (previous) => document.querySelector('.editor-instance .view-lines')?.textContent !== previous,
          before,
          {timeout: STEP_TIMEOUT}
        )
      }
    },
    {
      name: 'a rewrite of an adjective in a series, ticked in the refactor preview, leaves a clean sentence',
      run: async () => {
        // The hard case: deleting "outrageous" from "an outrageous, costly and rushed budget" must take its
        // comma with it and turn "an" into "a".
        await openFile(page, 'council-budget.md')
        await page.locator('.squiggly-warning').first().waitFor({timeout: STEP_TIMEOUT})
        await runCommand(page, 'Editorial Review: Review Suggested Rewrites')
        const pane = page.locator('.bulk-edit-panel, [id="refactorPreview"]').first()
        await pane.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
        // The preview shows each edit as its sentence, the deleted words struck through.
        const row = pane.locator('.monaco-list-row', {hasText: 'The council passed'}).first()
        await row.waitFor({timeout: STEP_TIMEOUT})
        const checkbox = row.locator('.edit-checkbox, input[type="checkbox"], .monaco-custom-toggle').first()
        if ((await checkbox.getAttribute('aria-checked')) !== 'true') await checkbox.click()
        await shot('05-hard-case-preview.png')
        await pane.locator('.monaco-button', {hasText: 'Apply'}).first().click()
        const clean = 'The council passed a costly and rushed budget on Tuesday'
        // The editor renders spaces as no-break spaces, so the text is read the way editorText reads it.
        await page.waitForFunction(
          (sentence) =>
            document
              .querySelector('.editor-instance .view-lines')
              ?.textContent?.replace(/\u00a0/g, ' ')
              .includes(sentence),
          clean,
          {timeout: STEP_TIMEOUT}
        )
        const text = await editorText(page)
        if (/outrageous|,\s*,|\ban costly\b/.test(text)) throw new Error(`the sentence is not clean: ${text}`)
        // Linted again, the mended sentence has nothing left to flag (no a/an or punctuation finding either).
        await page
          .locator('.editor-instance .squiggly-warning, .editor-instance .squiggly-info')
          .first()
          .waitFor({state: 'detached', timeout: STEP_TIMEOUT})
        // The editor drops an edited range's squiggle at once; the Problems panel shows the re-lint itself.
        await page
          .locator('.markers-panel .monaco-list-row', {hasText: '“outrageous”'})
          .first()
          .waitFor({state: 'detached', timeout: STEP_TIMEOUT})
        await shot('06-hard-case-applied.png')
        await openFile(page, 'article.md')
      }
    },
    {
      name: 'Show Balance Score opens the report with the score, the chart and next steps',
      run: async () => {
        await runCommand(page, 'Editorial Review: Show Balance Score')
        const frame = balanceFrame(page)
        await frame.locator('.score').waitFor({timeout: STEP_TIMEOUT})
        const score = Number(await frame.locator('.score').textContent())
        if (!(score < 50)) throw new Error(`the one-sided article scored ${score}`)
        await frame.locator('.bar-row').nth(5).waitFor({timeout: STEP_TIMEOUT})
        await frame.locator('.next-steps li').first().waitFor({timeout: STEP_TIMEOUT})
        await page.locator('.statusbar-item', {hasText: 'balance'}).first().waitFor({timeout: STEP_TIMEOUT})
        await shot('07-balance-report.png')
      }
    },
    {
      name: 'clicking evidence in the report selects it in the article',
      run: async () => {
        const frame = balanceFrame(page)
        const link = frame.locator('.evidence-link', {hasText: 'titans'}).first()
        await link.click()
        await page.waitForFunction(
          () => document.querySelector('.editor-instance .selected-text') !== null,
          undefined,
          {timeout: STEP_TIMEOUT}
        )
        await shot('08-evidence-selected.png')
      }
    },
    {
      name: 'an article with injected markup shows it as text in the report and runs nothing',
      run: async () => {
        await openFile(page, 'injected.txt')
        await page.locator('.squiggly-warning').first().waitFor({timeout: STEP_TIMEOUT})
        await runCommand(page, 'Editorial Review: Show Balance Score')
        const frame = balanceFrame(page)
        await frame.locator('.file', {hasText: 'injected.txt'}).waitFor({timeout: STEP_TIMEOUT})
        // The article's markup is on the page as characters.
        await frame.locator('.evidence-link', {hasText: '<img src=x onerror='}).first().waitFor({timeout: STEP_TIMEOUT})
        const injected = await frame.locator('body').evaluate((body) => ({
          pwned: body.dataset.pwned,
          images: body.querySelectorAll('img').length,
          scripts: body.querySelectorAll('script').length
        }))
        if (injected.pwned !== undefined || injected.images > 0 || injected.scripts > 1)
          throw new Error(`markup ran in the report: ${JSON.stringify(injected)}`)
        if (dialogs.length > 0) throw new Error(`a dialog opened: ${dialogs.join(', ')}`)
        await shot('09-injected-markup-as-text.png')
      }
    }
  ]

  return runSteps(steps, shot, async () => {
    await context.close()
    await host.close()
  })
}

runAsScript('e2e.ts', runEndToEnd)
