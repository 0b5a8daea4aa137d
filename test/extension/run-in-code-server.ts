// Runs the integration suite inside code-server's real VS Code (no internet needed), through the
// test-electron contract: the suite's run() is loaded by the extension host, its console is forwarded here.
import {format} from 'node:util'
import {PROJECT_ROOT} from '../helpers'
import {buildExtension, buildSuite, ensureHost, launchBrowser, runAsScript, startHost, workbenchUrl} from './host'

const TIMEOUT_MS = 240_000

export async function runIntegrationSuite(): Promise<{passed: number; failed: number; extensionHost?: string}> {
  ensureHost()
  buildExtension()
  return runInHost(await buildSuite())
}

/** Loads a bundled suite (its run() contract) into the extension host; its console lines come back here. */
export async function runInHost(
  suite: string,
  onLine: (line: string) => void = (line) => console.log(line),
  options: {settings?: Record<string, unknown>} = {}
): Promise<{passed: number; failed: number; extensionHost?: string}> {
  const host = await startHost(options.settings)
  let counts: {passed: number; failed: number; extensionHost?: string} = {passed: 0, failed: 0}
  const context = await launchBrowser(host.root).catch(async (error: Error) => {
    await host.close()
    throw error
  })
  try {
    const page = await context.newPage()
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code))
    })
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...(args as unknown[]))
      const summary = /^(\d+) passed, (\d+) failed$/.exec(line.trim())
      if (summary) counts = {...counts, passed: Number(summary[1]), failed: Number(summary[2])}
      else onLine(line)
      const extensionHost = /^\s*Extension host: (\S+)/.exec(line)
      if (extensionHost) counts.extensionHost = extensionHost[1]
    })
    await page.goto(
      workbenchUrl(host, [
        ['extensionDevelopmentPath', PROJECT_ROOT],
        ['extensionTestsPath', suite],
        ['skipWelcome', 'true']
      ])
    )
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), TIMEOUT_MS))
    const code = await Promise.race([exitCode, timeout])
    if (code === -1) throw new Error(`The integration suite did not finish in ${TIMEOUT_MS / 1000} s`)
    if (code !== 0 && counts.failed === 0) counts.failed = Math.max(1, counts.failed)
  } finally {
    await context.close()
    await host.close()
  }
  return counts
}

runAsScript('run-in-code-server.ts', runIntegrationSuite)
