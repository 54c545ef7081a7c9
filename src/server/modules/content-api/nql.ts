/**
 * NQL, the filter language of Ghost's Content API (`tag:bitcoin+published_at:>now-7d`), parsed by
 * hand (recursive descent) into a small tree. The grammar is that of `@tryghost/nql-lang` 0.6.3;
 * see docs/decisions/008-content-api.md. One deliberate leniency: single-character values
 * (`tag:[a,b]`) parse, where Ghost's lexer fails on them — it cannot change what a filter means.
 *
 *   expression := and (',' and)*            OR; AND binds tighter
 *   and        := term ('+' term)*
 *   term       := '(' expression ')' | PROP value
 *   value      := VALUE | ('-'|'>'|'>='|'<'|'<=') VALUE | ['-'] '[' VALUE (',' VALUE)* ']'
 *               | ['-'] ('~'|'~^'|'~$') STRING
 */

export type NqlValue = string | number | boolean | null

export type NqlOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains' | 'ncontains' | 'startswith' | 'nstartswith' | 'endswith' | 'nendswith'

export type NqlNode =
  | { kind: 'and'; nodes: NqlNode[] }
  | { kind: 'or'; nodes: NqlNode[] }
  | { kind: 'cond'; field: string; op: NqlOp; value: NqlValue | NqlValue[] }

export class NqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message)
    this.name = 'NqlSyntaxError'
  }
}

type TokenType =
  | 'PROP' | 'VALUE' | 'STRING' | 'LBRACKET' | 'RBRACKET' | 'LPAREN' | 'RPAREN' | 'OR' | 'AND' | 'NOT'
  | 'GT' | 'GTE' | 'LT' | 'LTE' | 'CONTAINS' | 'STARTSWITH' | 'ENDSWITH'

interface Token {
  type: TokenType
  /** PROP: the property name (lower-cased, without the colon); VALUE/STRING: the value. */
  value?: NqlValue
  at: number
}

/** Characters that end an unquoted value (unless escaped with a backslash). */
const stops = new Set([' ', '\t', '\n', '\r', "'", '"', '+', ',', '(', ')', '>', '<', '=', '[', ']', '~'])
const propPattern = /^[a-zA-Z_][a-zA-Z0-9_.]*:/
const numberPattern = /^[0-9]+(\.[0-9]+)?$/
const relativePattern = /^now([-+])(\d+)([dwMyhms])$/
const relativeToken = /^now[-+]\d+[dwMyhms](?![^\s'"+,()<>=[\]~])/
const keywords: Record<string, NqlValue> = { null: null, NULL: null, Null: null, true: true, TRUE: true, True: true, false: false, FALSE: false, False: false }

const pad = (n: number) => String(n).padStart(2, '0')

/** `now-30d` → the UTC time then, as `YYYY-MM-DD HH:MM:SS` (what Ghost's lexer yields). */
function relativeDate(sign: string, amount: number, unit: string, now: number): string {
  const d = new Date(now)
  const n = sign === '-' ? -amount : amount
  if (unit === 'y') d.setUTCFullYear(d.getUTCFullYear() + n)
  else if (unit === 'M') d.setUTCMonth(d.getUTCMonth() + n)
  else {
    const ms = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 }[unit as 'w' | 'd' | 'h' | 'm' | 's']
    d.setTime(d.getTime() + n * ms)
  }
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

function lex(input: string, now: number): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i] as string
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1
      continue
    }
    const at = i
    const single: Record<string, TokenType> = { '[': 'LBRACKET', ']': 'RBRACKET', '(': 'LPAREN', ')': 'RPAREN', ',': 'OR', '+': 'AND', '-': 'NOT' }
    const type = single[c]
    if (type) {
      tokens.push({ type, at })
      i += 1
      continue
    }
    if (c === '>' || c === '<') {
      const eq = input[i + 1] === '='
      tokens.push({ type: c === '>' ? (eq ? 'GTE' : 'GT') : eq ? 'LTE' : 'LT', at })
      i += eq ? 2 : 1
      continue
    }
    if (c === '~') {
      const next = input[i + 1]
      if (next === '^' || next === '$') {
        tokens.push({ type: next === '^' ? 'STARTSWITH' : 'ENDSWITH', at })
        i += 2
      } else {
        tokens.push({ type: 'CONTAINS', at })
        i += 1
      }
      continue
    }
    if (c === "'") {
      let value = ''
      i += 1
      for (;;) {
        if (i >= input.length) throw new NqlSyntaxError(`unterminated string starting at ${at + 1}`, at)
        const s = input[i] as string
        if (s === '\\' && i + 1 < input.length) {
          value += input[i + 1]
          i += 2
        } else if (s === "'") {
          i += 1
          break
        } else if (s === '"') {
          throw new NqlSyntaxError(`a double quote inside a string must be escaped (\\") at ${i + 1}`, i)
        } else {
          value += s
          i += 1
        }
      }
      tokens.push({ type: 'STRING', value, at })
      continue
    }
    if (c === '"' || c === '=') throw new NqlSyntaxError(`unexpected ${c} at ${at + 1}`, at)
    const prop = propPattern.exec(input.slice(i))
    if (prop) {
      tokens.push({ type: 'PROP', value: prop[0].slice(0, -1).toLowerCase(), at })
      i += prop[0].length
      continue
    }
    // A relative date (now+1h): '+' would otherwise end the value.
    const relative = relativeToken.exec(input.slice(i))
    if (relative) {
      tokens.push({ type: 'VALUE', value: unquotedValue(relative[0], now), at })
      i += relative[0].length
      continue
    }
    // An unquoted value: everything up to the next stop character; a backslash escapes one.
    let raw = ''
    let escaped = false
    while (i < input.length && !stops.has(input[i] as string)) {
      if (input[i] === '\\' && i + 1 < input.length) {
        raw += input[i + 1]
        escaped = true
        i += 2
      } else {
        raw += input[i]
        i += 1
      }
    }
    tokens.push({ type: 'VALUE', value: escaped ? raw : unquotedValue(raw, now), at })
  }
  return tokens
}

function unquotedValue(raw: string, now: number): NqlValue {
  if (raw in keywords) return keywords[raw] as NqlValue
  // Ghost turns numbers into integers with parseInt (reading_time:1.5 means 1).
  if (numberPattern.test(raw)) return Number.parseInt(raw, 10)
  const relative = relativePattern.exec(raw)
  if (relative) return relativeDate(relative[1] as string, Number(relative[2]), relative[3] as string, now)
  return raw
}

const describe = (token: Token | undefined) => (token ? `${token.type === 'PROP' ? `"${String(token.value)}:"` : token.type.toLowerCase()} at ${token.at + 1}` : 'the end of the filter')

class Parser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i]
  }

  private take(): Token | undefined {
    const token = this.tokens[this.i]
    this.i += 1
    return token
  }

  private fail(expected: string): never {
    const token = this.peek()
    throw new NqlSyntaxError(`expected ${expected}, found ${describe(token)}`, token?.at ?? -1)
  }

  parse(): NqlNode {
    const node = this.expression()
    if (this.peek()) this.fail("',' (or), '+' (and) or the end of the filter")
    return node
  }

  private expression(): NqlNode {
    const nodes = [this.and()]
    while (this.peek()?.type === 'OR') {
      this.take()
      nodes.push(this.and())
    }
    return nodes.length === 1 ? (nodes[0] as NqlNode) : { kind: 'or', nodes }
  }

  private and(): NqlNode {
    const nodes = [this.term()]
    while (this.peek()?.type === 'AND') {
      this.take()
      nodes.push(this.term())
    }
    return nodes.length === 1 ? (nodes[0] as NqlNode) : { kind: 'and', nodes }
  }

  private term(): NqlNode {
    const token = this.peek()
    if (token?.type === 'LPAREN') {
      this.take()
      const node = this.expression()
      if (this.take()?.type !== 'RPAREN') {
        this.i -= 1
        this.fail("')'")
      }
      return node
    }
    if (token?.type !== 'PROP') this.fail("a property such as 'tag:'")
    this.take()
    return this.condition(token.value as string)
  }

  private value(): NqlValue {
    const token = this.peek()
    if (token?.type !== 'VALUE' && token?.type !== 'STRING') this.fail('a value')
    this.take()
    return token.value as NqlValue
  }

  private condition(field: string): NqlNode {
    const cond = (op: NqlOp, value: NqlValue | NqlValue[]): NqlNode => ({ kind: 'cond', field, op, value })
    const token = this.peek()
    const comparisons: Partial<Record<TokenType, NqlOp>> = { GT: 'gt', GTE: 'gte', LT: 'lt', LTE: 'lte' }
    const compare = token ? comparisons[token.type] : undefined
    if (compare) {
      this.take()
      return cond(compare, this.value())
    }
    let negated = false
    if (token?.type === 'NOT') {
      this.take()
      negated = true
    }
    const next = this.peek()
    if (next?.type === 'LBRACKET') {
      this.take()
      const values = [this.value()]
      while (this.peek()?.type === 'OR') {
        this.take()
        values.push(this.value())
      }
      if (this.peek()?.type !== 'RBRACKET') this.fail("',' or ']'")
      this.take()
      return cond(negated ? 'nin' : 'in', values)
    }
    const matches: Partial<Record<TokenType, [NqlOp, NqlOp]>> = { CONTAINS: ['contains', 'ncontains'], STARTSWITH: ['startswith', 'nstartswith'], ENDSWITH: ['endswith', 'nendswith'] }
    const match = next ? matches[next.type] : undefined
    if (match) {
      this.take()
      const string = this.peek()
      if (string?.type !== 'STRING') this.fail("a quoted string after '~'")
      this.take()
      return cond(negated ? match[1] : match[0], string.value as string)
    }
    return cond(negated ? 'ne' : 'eq', this.value())
  }
}

/** Parses a filter; throws NqlSyntaxError naming what was expected where. `now` is for `now-7d`. */
export function parseNql(input: string, now: number = Date.now()): NqlNode {
  const tokens = lex(input, now)
  if (tokens.length === 0) throw new NqlSyntaxError('the filter is empty', 0)
  return new Parser(tokens).parse()
}

/** The tree as the Mongo-style JSON Ghost's parser yields (`{$and: [{tag: 'news'}, …]}`), for tests and logs. */
export function toMongo(node: NqlNode): unknown {
  if (node.kind === 'and') return { $and: node.nodes.map(toMongo) }
  if (node.kind === 'or') return { $or: node.nodes.map(toMongo) }
  const ops: Record<NqlOp, string> = {
    eq: '', ne: '$ne', gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte', in: '$in', nin: '$nin',
    contains: '$regex', ncontains: '$not', startswith: '$regex', nstartswith: '$not', endswith: '$regex', nendswith: '$not',
  }
  if (node.op === 'eq') return { [node.field]: node.value }
  if (node.op.includes('contains') || node.op.includes('with')) {
    const text = String(node.value).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    const pattern = node.op.includes('starts') ? `/^${text}/i` : node.op.includes('ends') ? `/${text}$/i` : `/${text}/i`
    return { [node.field]: { [ops[node.op]]: pattern } }
  }
  return { [node.field]: { [ops[node.op]]: node.value } }
}
