// Bundles the extension (Node and browser hosts) and the command line with esbuild.
// `node esbuild.js` builds once, `--production` minifies, `--watch` rebuilds on change.
import {copyFile, mkdir} from 'node:fs/promises'
import * as esbuild from 'esbuild'

const production = process.argv.includes('--production')
const watch = process.argv.includes('--watch')

/** Prints errors in the shape VS Code's esbuild problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'))
    build.onEnd((result) => {
      for (const {text, location} of result.errors) {
        console.error(`✘ [ERROR] ${text}`)
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`)
      }
      console.log('[watch] build finished')
    })
  }
}

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin]
}

const builds = [
  {
    ...shared,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.cjs',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode']
  },
  {
    // VS Code for the Web: the same extension in a web worker, no Node built-ins. The web worker host
    // fetches the `browser` entry with ".js" appended unless it already ends so (a ".cjs" name 404s), and
    // evaluates it as CommonJS whatever package.json's "type" says.
    ...shared,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    platform: 'browser',
    // A web worker has no DOM: packages' "worker" builds, not their "browser" ones (decode-named-character-reference's uses `document`).
    conditions: ['worker'],
    target: 'es2022',
    external: ['vscode'],
    define: {global: 'globalThis'}
  },
  {
    ...shared,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: {js: 'import {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);'}
  }
]

await mkdir('dist', {recursive: true})
await copyFile('src/engine/config.schema.json', 'dist/config.schema.json')
const contexts = await Promise.all(builds.map((options) => esbuild.context(options)))
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()))
} else {
  await Promise.all(contexts.map((context) => context.rebuild()))
  await Promise.all(contexts.map((context) => context.dispose()))
}
