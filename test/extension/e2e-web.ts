/// <reference lib="dom" />
// The end-to-end click-through in VS Code for the Web's web worker extension host: the same workbench as
// e2e.ts (code-server's, in Chromium), with the extension's `browser` bundle running in a web worker. An
// editor opens an article, sees squiggles, applies a rewrite with Ctrl+. and opens the balance report.
// Screenshots go to test-results/ with a `web-` prefix, beside the desktop ones; look at them.
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {PROJECT_ROOT} from '../helpers'
import {balanceFrame, goTo, openFile, runCommand, runSteps, STEP_TIMEOUT, type Step} from './e2e'
import {
  buildExtension,
  ensureHost,
  EXTENSION_ID,
  launchBrowser,
  runAsScript,
  startHost,
  WEB_WORKER_SETTINGS,
  workbenchUrl
} from './host'

const RESULTS = join(PROJECT_ROOT, 'test-results')
// The `browser` entry; VS Code 1.100 fetches it as extension.cjs.js, later versions as it is.
const WEB_BUNDLE = '/dist/web/extension.cjs'

export async function runEndToEndWeb(): Promise<{passed: number; failed: number; extensionHost?: string}> {
  ensureHost()
  buildExtension()
  mkdirSync(RESULTS, {recursive: true})
  const host = await startHost({
    ...WEB_WORKER_SETTINGS,
    'workbench.colorTheme': 'Default Light Modern',
    'editor.fontSize': 15,
    'window.commandCenter': false
  })
  const context = await launchBrowser(host.root).catch(async (error: Error) => {
    await host.close()
    throw error
  })
  // Only the web worker host fetches the `browser` bundle over HTTP; the Node host reads `main` from disk.
  const fetched: Array<{url: string; status: number}> = []
  context.on('response', (response) => {
    const url = decodeURIComponent(response.url())
    if (url.includes('vscode-remote-resource') && url.includes(PROJECT_ROOT + WEB_BUNDLE))
      fetched.push({url, status: response.status()})
  })
  const page = await context.newPage()
  const activationErrors: string[] = []
  page.on('console', (message) => {
    if (/Activating extension .* failed/.test(message.text())) activationErrors.push(message.text())
  })
  const shot = (name: string) => page.screenshot({path: join(RESULTS, `web-${name}`)})
  const article = readFileSync(join(host.workspace, 'article.md'), 'utf8').split('\n')
  const hypeLine = article.findIndex((line) => /\bhype\b/.test(line))
  const hype = {line: hypeLine + 1, column: (/\bhype\b/.exec(article[hypeLine] ?? '')?.index ?? 0) + 1}
  let extensionHost: string | undefined

  const steps: Step[] = [
    {
      name: 'the workbench opens',
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
      name: 'opening an article shows squiggles, from the extension in the web worker host',
      run: async () => {
        await openFile(page, 'article.md')
        await page.locator('.squiggly-warning').first().waitFor({timeout: STEP_TIMEOUT})
        const loaded = fetched.find((entry) => entry.status === 200)
        if (!loaded)
          throw new Error(
            `the web worker host did not load ${WEB_BUNDLE} (${JSON.stringify(fetched)}); ${activationErrors.join(' ')}`
          )
        extensionHost = 'webworker'
        console.log(
          `    Extension host: webworker (the worker fetched ${/path=([^&]+)/.exec(loaded.url)?.[1] ?? loaded.url})`
        )
        await shot('01-article-with-squiggles.png')
      }
    },
    {
      name: 'Ctrl+. on "hype" offers the rewrite, and Enter applies it',
      run: async () => {
        await page.locator('.editor-instance .view-lines').first().click()
        await goTo(page, hype.line, hype.column)
        await page.keyboard.press('Control+.')
        const menu = page.locator('.action-widget')
        await menu.waitFor({state: 'visible', timeout: STEP_TIMEOUT})
        await menu.locator('text=Replace “hype” with “attention” (loaded-language)').waitFor({timeout: STEP_TIMEOUT})
        await shot('02-quick-fix-menu.png')
        await page.keyboard.press('Enter')
        await page.waitForFunction(
          () =>
            document
              .querySelector('.editor-instance .view-lines')
              ?.textContent?.replace(/\u00a0/g, ' ')
              .includes('market attention'),
          undefined,
          {timeout: STEP_TIMEOUT}
        )
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
        await shot('03-balance-report.png')
      }
    },
    {
      name: 'Developer: Show Running Extensions lists the extension in the web worker host',
      run: async () => {
        await runCommand(page, 'Developer: Show Running Extensions')
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', {hasText: EXTENSION_ID}).first()
        await row.waitFor({timeout: STEP_TIMEOUT})
        const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ')
        if (!text.includes('web worker')) throw new Error(`the extension's row does not say "web worker": ${text}`)
        await shot('04-running-extensions.png')
      }
    }
  ]

  const {passed, failed} = await runSteps(steps, shot, async () => {
    await context.close()
    await host.close()
  })
  return {passed, failed, extensionHost}
}

runAsScript('e2e-web.ts', runEndToEndWeb)
