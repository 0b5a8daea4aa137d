import type {LineIndex} from './line-index'
import type {Span} from '../types'

/**
 * An in-article switch, written as an HTML comment in Markdown:
 * `<!-- editorial-review-disable passive-voice -->`, `...-enable`, `...-disable-next-line`.
 * With no rule names it applies to every rule. Names may be rule ids or categories.
 */
export interface Directive {
  action: 'disable' | 'enable' | 'disable-next-line'
  /** Rule ids or categories; empty means all. */
  targets: string[]
  span: Span
}

const directivePattern = /^<!--\s*editorial-review-(disable-next-line|disable|enable)\b([^>]*?)-->\s*$/

export function readDirectives(comments: ReadonlyArray<{value: string; span: Span}>): Directive[] {
  const directives: Directive[] = []
  for (const comment of comments) {
    const match = directivePattern.exec(comment.value.trim())
    if (!match) continue
    const targets = match[2].split(/[\s,]+/).filter(Boolean)
    directives.push({action: match[1] as Directive['action'], targets, span: comment.span})
  }
  return directives
}

/** For each finding, whether the directives switch its rule off where it starts. */
export class DirectiveFilter {
  private readonly disabled: Array<{span: Span; targets: string[]}> = []

  constructor(directives: readonly Directive[], lines: LineIndex) {
    const openSince = new Map<string, number>()
    const all = '*'
    const close = (target: string, end: number) => {
      const start = openSince.get(target)
      if (start === undefined) return
      this.disabled.push({span: {start, end}, targets: target === all ? [] : [target]})
      openSince.delete(target)
    }
    for (const directive of directives) {
      const targets = directive.targets.length > 0 ? directive.targets : [all]
      if (directive.action === 'disable-next-line') {
        const nextLine = lines.pointAt(directive.span.end).line + 1
        if (nextLine <= lines.lineCount) {
          const start = lines.lineStart(nextLine)
          const end = nextLine < lines.lineCount ? lines.lineStart(nextLine + 1) : lines.text.length
          this.disabled.push({span: {start, end}, targets: directive.targets})
        }
      } else if (directive.action === 'disable') {
        for (const target of targets) if (!openSince.has(target)) openSince.set(target, directive.span.end)
      } else {
        if (targets.includes(all)) for (const target of [...openSince.keys()]) close(target, directive.span.start)
        else for (const target of targets) close(target, directive.span.start)
      }
    }
    for (const target of [...openSince.keys()]) close(target, lines.text.length)
  }

  isDisabled(ruleId: string, category: string, offset: number): boolean {
    return this.disabled.some(
      ({span, targets}) =>
        offset >= span.start &&
        offset < span.end &&
        (targets.length === 0 || targets.includes(ruleId) || targets.includes(category))
    )
  }
}
