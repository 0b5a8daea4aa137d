// `npm start`: the extension in a real VS Code (code-server's, offline) with the sample article open.
// Prints the address to open in a browser; Ctrl+C stops it. With --screenshot, also saves what a browser sees.
import {join} from 'node:path'
import {PROJECT_ROOT} from '../helpers'
import {buildExtension, ensureHost, launchBrowser, startHost, workbenchUrl} from './host'

ensureHost()
buildExtension()
const host = await startHost({'workbench.colorTheme': 'Default Light Modern'})
const url = workbenchUrl(host, [
  ['extensionDevelopmentPath', PROJECT_ROOT],
  ['openFile', join(host.workspace, 'article.md')],
  ['skipWelcome', 'true']
])
console.log(
  `VS Code with Editorial Review is running. Open this address in a browser on this machine:\n\n  ${url}\n\nThe sample article is open; try Ctrl+. on a squiggle, or F1 > "Editorial Review: Show Balance Score". Ctrl+C stops it.`
)

if (process.argv.includes('--screenshot')) {
  const context = await launchBrowser(host.root)
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('.squiggly-warning').first().waitFor({timeout: 60_000})
  const path = join(PROJECT_ROOT, 'test-results', 'start.png')
  await page.screenshot({path})
  console.log(`Saved ${path}`)
  await context.close()
  await host.close()
} else {
  const stop = async () => {
    await host.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await new Promise(() => undefined)
}
