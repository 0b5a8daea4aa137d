import type {Point} from '../types'

/**
 * Maps offsets to 1-based lines and columns the way VS Code counts them:
 * `\r\n`, `\r` and `\n` each end a line, and columns are UTF-16 code units.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0]

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const char = text.charCodeAt(index)
      if (char === 13 /* \r */) {
        if (text.charCodeAt(index + 1) === 10) index++
        this.lineStarts.push(index + 1)
      } else if (char === 10 /* \n */) {
        this.lineStarts.push(index + 1)
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1]
  }

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    // Binary search for the last line starting at or before the offset.
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle] <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - this.lineStarts[low] + 1, offset: clamped}
  }
}
