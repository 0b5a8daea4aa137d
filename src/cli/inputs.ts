import {existsSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {extname, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {ConfigReader, DocumentKind} from '../engine/index'

const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'txt', 'text']

export function kindOfPath(path: string): DocumentKind {
  return /^\.(md|markdown|mdown|mkd|mdx)$/i.test(extname(path)) ? 'markdown' : 'plaintext'
}

/** A usage problem the user must fix: the CLI exits with 2. */
export class UsageError extends Error {}

/**
 * Expands the operands of `lint` into article paths: files as given, folders
 * searched for Markdown and text files, globs matched. A file or folder that
 * does not exist, or a glob that matches nothing, is a usage error.
 */
export async function expandOperands(operands: readonly string[], cwd: string): Promise<string[]> {
  const paths: string[] = []
  for (const operand of operands) {
    if (existsSync(resolve(cwd, operand))) {
      const absolute = resolve(cwd, operand)
      if (statSync(absolute).isDirectory()) {
        const found = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, {
          cwd: absolute,
          ignore: ['**/node_modules/**', '**/.git/**'],
          absolute: true,
          dot: false
        })
        if (found.length === 0) throw new UsageError(`${operand}: no Markdown or text articles in this folder.`)
        paths.push(...found.sort())
      } else {
        paths.push(absolute)
      }
    } else if (isDynamicPattern(operand)) {
      const found = await glob(operand, {cwd, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true})
      if (found.length === 0) throw new UsageError(`${operand}: the pattern matches no files.`)
      paths.push(...found.sort())
    } else {
      throw new UsageError(`${operand}: no such file or folder.`)
    }
  }
  return [...new Set(paths)]
}

/** Paths as the engine's config resolver takes them: absolute and `/`-separated. */
export function portablePath(path: string): string {
  return resolve(path).split(sep).join('/')
}

/** Reads config files from the disk for the engine's resolver. */
export const diskConfigReader: ConfigReader = {
  async readFile(path) {
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
        return undefined
      throw error
    }
  }
}
