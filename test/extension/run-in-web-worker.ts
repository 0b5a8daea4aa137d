// The integration suite in VS Code for the Web's web worker extension host: code-server's web workbench
// runs the extension's `browser` bundle (dist/web/extension.js) in a web worker in Chromium, and the
// same suite as the Node host's, bundled for the browser, runs beside it through the run() contract.
import {buildExtension, buildWebSuite, ensureHost, runAsScript, WEB_WORKER_SETTINGS} from './host'
import {runInHost} from './run-in-code-server'

export async function runWebWorkerSuite(): Promise<{passed: number; failed: number; extensionHost?: string}> {
  ensureHost()
  buildExtension()
  const all = process.argv.includes('--all')
  return runInHost(await buildWebSuite({all}), (line) => console.log(line), {settings: WEB_WORKER_SETTINGS})
}

runAsScript('run-in-web-worker.ts', runWebWorkerSuite)
