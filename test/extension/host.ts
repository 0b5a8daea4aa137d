// A real VS Code with no internet: code-server's VS Code (pinned in test/host), driven by Debian's Chromium.
import {execFileSync, spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'
import {FIXTURES, PROJECT_ROOT} from '../helpers'

const HOST = join(PROJECT_ROOT, 'test', 'host')
const CODE_SERVER = join(HOST, 'node_modules', '.bin', 'code-server')
const CHROMIUM = '/usr/bin/chromium'
const APT_PACKAGES = [
  'chromium',
  'ripgrep',
  'build-essential',
  'python3',
  'pkg-config',
  'libkrb5-dev',
  'libsecret-1-dev',
  'libxkbfile-dev',
  'libx11-dev'
]

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
}

/** Debian's Chromium and ripgrep, installed with apt when missing and we are root. */
function ensureSystemPackages(): void {
  if (existsSync(CHROMIUM) && hasCommand('rg') && hasCommand('make')) return
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The VS Code tests need Chromium and ripgrep from Debian: run apt-get install ${APT_PACKAGES.join(' ')}`
    )
  }
  console.log(`Installing ${APT_PACKAGES.join(' ')} with apt…`)
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'})
  execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  })
}

/**
 * Installs the pinned code-server from test/host/package-lock.json. Its
 * nested ripgrep download is answered from a cache holding Debian's rg, and
 * its native modules compile from source: nothing is fetched but npm packages.
 */
export function ensureHost(): void {
  ensureSystemPackages()
  if (
    existsSync(join(HOST, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build'))
  )
    return
  const temp = mkdtempSync(join(tmpdir(), 'editorial-review-host-'))
  const cache = join(temp, 'vscode-ripgrep-cache-1.15.11')
  mkdirSync(join(temp, 'rg'), {recursive: true})
  mkdirSync(cache, {recursive: true})
  cpSync(execFileSync('sh', ['-c', 'command -v rg']).toString().trim(), join(temp, 'rg', 'rg'))
  execFileSync('tar', [
    '-czf',
    join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'),
    '-C',
    join(temp, 'rg'),
    'rg'
  ])
  console.log('Installing the VS Code test host (code-server) from test/host/package-lock.json…')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: HOST,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: temp,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // The host's own native modules (node-pty, spdlog, …) build in nested installs that npm's script approval would skip.
      npm_config_dangerously_allow_all_scripts: 'true'
    }
  })
}

export interface RunningHost {
  port: number
  workspace: string
  root: string
  close: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
      )
    })
  })
}

/** Starts code-server on a free loopback port with fresh profile folders and a fresh copy of the fixture workspace. */
export async function startHost(settings: Record<string, unknown> = {}): Promise<RunningHost> {
  const root = mkdtempSync(join(tmpdir(), 'editorial-review-vscode-'))
  for (const folder of ['home', 'config', 'data', 'cache', 'tmp', 'ud/User', 'ext'])
    mkdirSync(join(root, folder), {recursive: true})
  writeFileSync(
    join(root, 'ud', 'User', 'settings.json'),
    JSON.stringify({
      'files.autoSave': 'off',
      'workbench.startupEditor': 'none',
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'editor.minimap.enabled': false,
      ...settings
    })
  )
  const workspace = join(root, 'workspace')
  cpSync(join(FIXTURES, 'workspace'), workspace, {recursive: true})
  const port = await freePort()
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CACHE_HOME: join(root, 'cache'),
    TMPDIR: join(root, 'tmp')
  }
  const server: ChildProcess = spawn(
    CODE_SERVER,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      join(root, 'ud'),
      '--extensions-dir',
      join(root, 'ext'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened'
    ],
    {env, detached: true, stdio: ['ignore', 'pipe', 'pipe']}
  )
  let log = ''
  server.stdout?.on('data', (chunk) => (log += chunk))
  server.stderr?.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`code-server did not start:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    port,
    workspace,
    root,
    close: async () => {
      // The server leads its process group: end its watchers and language servers with it.
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-server.pid!, name)
        } catch {
          // already gone
        }
      }
      signal('SIGTERM')
      const exited = new Promise<void>((resolve) =>
        server.exitCode !== null ? resolve() : server.once('exit', () => resolve())
      )
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
      signal('SIGKILL')
      server.stdout?.destroy()
      server.stderr?.destroy()
    }
  }
}

export async function launchBrowser(root: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(root, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ],
    env: {
      ...process.env,
      HOME: join(root, 'home'),
      XDG_CONFIG_HOME: join(root, 'config'),
      XDG_CACHE_HOME: join(root, 'cache')
    },
    viewport: {width: 1600, height: 1000},
    reducedMotion: 'reduce'
  })
}

/** The workbench URL that opens the workspace and passes the test-electron flags in the payload. */
export function workbenchUrl(host: RunningHost, payload: Array<[string, string]>): string {
  const remote = (path: string) => `vscode-remote://127.0.0.1:${host.port}${path}`
  const entries = payload.map(([key, value]) => [
    key,
    key.endsWith('Path') || key === 'openFile' ? remote(value) : value
  ])
  return `http://127.0.0.1:${host.port}/?folder=${encodeURIComponent(host.workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`
}

/** Bundles a suite for the extension host (the integration suite unless told otherwise). */
export async function buildSuite(
  entryPoints: Record<string, string> = {
    index: 'test/extension/suite/index.ts',
    'extension.test': 'test/extension/suite/extension.test.ts'
  }
): Promise<string> {
  const esbuild = await import('esbuild')
  const outdir = join(PROJECT_ROOT, 'out', 'test', 'extension')
  await esbuild.build({
    entryPoints: Object.fromEntries(
      Object.entries(entryPoints).map(([name, path]) => [name, join(PROJECT_ROOT, path)])
    ),
    outdir,
    outExtension: {'.js': '.cjs'},
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Node 20 has the Unicode property escapes the engine uses (\p{L}, \p{Lu}); left to the target, esbuild
    // rewrites each such literal as `new RegExp(...)`, built again on every call.
    supported: {'regexp-unicode-property-escapes': true},
    external: ['vscode', 'mocha'],
    // The suite checks that it runs where it was built for.
    define: {'globalThis.EDITORIAL_REVIEW_EXPECTED_HOST': '"node"'},
    logLevel: 'warning'
  })
  return join(outdir, `${Object.keys(entryPoints)[0]}.cjs`)
}

const MANIFEST = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  publisher: string
  name: string
}
export const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`

/**
 * User settings that run the extension under development in VS Code for the Web's web worker extension
 * host instead of the remote Node host. code-server 4.100.3 (VS Code 1.100.3) parses an
 * `extensionDevelopmentKind` payload entry into its browser environment service's
 * `extensionDevelopmentLocationKind`, but the running-location tracker reads `extensionDevelopmentKind`,
 * which only the desktop environment service has: the entry is ignored. `remote.extensionKind` is read.
 */
export const WEB_WORKER_SETTINGS = {'remote.extensionKind': {[EXTENSION_ID]: ['web']}}

/**
 * Bundles the integration suite for the web worker extension host: one CommonJS file that needs nothing
 * but `vscode` (mocha's browser build, an assert for the browser), and returns the extensionTestsPath.
 *
 * Where it goes and what it is called are dictated by VS Code: the workbench runs a tests file in the
 * host of the extension whose folder holds it (a tests file elsewhere runs in the remote Node host), so it
 * must sit inside the project; since package.json says "type": "module", the worker takes a ".js" or
 * ".mjs" name for an ES module, which it cannot load, so the name handed to VS Code is `index.cjs`; and
 * VS Code 1.100 fetches any name not ending in ".js" with ".js" appended, so it is also written as
 * `index.cjs.js` (the same two names as the extension's web bundle; see esbuild.js and docs/web.md).
 */
export async function buildWebSuite(options: {all?: boolean} = {}): Promise<string> {
  const esbuild = await import('esbuild')
  const outdir = join(PROJECT_ROOT, 'out', 'test', 'web')
  await esbuild.build({
    entryPoints: {index: join(PROJECT_ROOT, 'test', 'extension', 'suite', 'web-index.ts')},
    outdir,
    outExtension: {'.js': '.cjs'},
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    conditions: ['worker'],
    target: 'es2022',
    external: ['vscode'],
    alias: {'node:assert/strict': join(PROJECT_ROOT, 'test', 'extension', 'suite', 'web-assert.ts')},
    // `all` runs the tests the web run skips by default (skipInWebWorker in suite/helpers.ts).
    define: {
      global: 'globalThis',
      'globalThis.EDITORIAL_REVIEW_EXPECTED_HOST': '"webworker"',
      'globalThis.EDITORIAL_REVIEW_RUN_ALL': String(options.all === true)
    },
    logLevel: 'warning'
  })
  copyFileSync(join(outdir, 'index.cjs'), join(outdir, 'index.cjs.js'))
  return join(outdir, 'index.cjs')
}

export function buildExtension(): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js')], {cwd: PROJECT_ROOT, stdio: 'ignore'})
}

/** Runs a suite as a script of its own, ending with the closing line CI reads. */
export function runAsScript(file: string, run: () => Promise<{passed: number; failed: number}>): void {
  if (!process.argv[1]?.endsWith(file)) return
  run().then(
    ({passed, failed}) => {
      console.log(`${passed} passed, ${failed} failed`)
      process.exit(failed > 0 ? 1 : 0)
    },
    (error: Error) => {
      console.error(error.message)
      console.log('0 passed, 1 failed')
      process.exit(1)
    }
  )
}
