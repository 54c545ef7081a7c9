/**
 * An NQL tree → one Kysely expression (bound values only, never SQL text built from input).
 * Relations compile to correlated EXISTS sub-selects, with Ghost's meaning: `tag:a+tag:b` = both tags,
 * `tags:[a,b]` = either, `tag:-a` = not tagged `a` (also untagged posts).
 */
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely'
import type { Database } from '../../db/index.js'
import { AppError } from '../../errors.js'
import type { FieldSpec, FieldType, ResourceFields } from './content.fields.js'
import type { NqlNode, NqlOp, NqlValue } from './nql.js'

const eb = expressionBuilder<Database, never>()
type Bool = Expression<SqlBool>

const negations: Partial<Record<NqlOp, NqlOp>> = { ne: 'eq', nin: 'in', ncontains: 'contains', nstartswith: 'startswith', nendswith: 'endswith' }

function invalid(field: string, value: unknown, why: string): AppError {
  return new AppError('FILTER_VALUE_INVALID', `Invalid value for ${field}: ${JSON.stringify(value)} (${why}).`, 'filter')
}

/** A date as Ghost filters write it: `2024-01-01`, `2024-01-01 10:00:00`, ISO 8601; without a zone it is UTC. */
export function parseFilterDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim())
  if (!m) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')))
  const check = new Date(time)
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  return time
}

function convert(field: string, type: FieldType, value: NqlValue): string | number {
  if (value === null) throw invalid(field, value, 'null only with equality')
  switch (type) {
    case 'text':
      return String(value)
    case 'bool':
      if (value === true || value === 1 || value === 'true') return 1
      if (value === false || value === 0 || value === 'false') return 0
      throw invalid(field, value, 'true or false')
    case 'number': {
      const n = typeof value === 'number' ? value : /^-?\d+$/.test(String(value)) ? Number(value) : Number.NaN
      if (!Number.isFinite(n)) throw invalid(field, value, 'a whole number')
      return n
    }
    case 'date': {
      const time = typeof value === 'string' ? parseFilterDate(value) : null
      if (time === null) throw invalid(field, value, "a date such as '2024-01-01' or '2024-01-01 10:00:00'")
      return time
    }
  }
}

function likePattern(op: NqlOp, value: string): string {
  const escaped = value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
  return op === 'startswith' ? `${escaped}%` : op === 'endswith' ? `%${escaped}` : `%${escaped}%`
}

/** A condition on one column with a positive operator (negations are handled by the caller). */
function columnCondition(ref: Expression<unknown>, field: string, type: FieldType, op: NqlOp, value: NqlValue | NqlValue[]): Bool {
  if (op === 'in') {
    const values = value as NqlValue[]
    const present = values.filter((v) => v !== null).map((v) => convert(field, type, v))
    const parts: Bool[] = []
    if (present.length > 0) parts.push(eb(ref, 'in', present))
    if (present.length < values.length) parts.push(eb(ref, 'is', null))
    return parts.length === 1 ? (parts[0] as Bool) : eb.or(parts)
  }
  if (op === 'contains' || op === 'startswith' || op === 'endswith') {
    if (type !== 'text') throw new AppError('FILTER_INVALID', `'~' works on text fields only, not on ${field}.`, 'filter')
    // LIKE with an explicit escape character, lower-cased on both sides: case-insensitive on both dialects.
    return sql<SqlBool>`lower(${ref}) like ${likePattern(op, String(value))} escape '\\'`
  }
  if (op === 'eq') return value === null ? eb(ref, 'is', null) : eb(ref, '=', convert(field, type, value as NqlValue))
  if (op === 'ne') return value === null ? eb(ref, 'is not', null) : eb(ref, '<>', convert(field, type, value as NqlValue))
  const symbols = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const
  return eb(ref, symbols[op as keyof typeof symbols], convert(field, type, value as NqlValue))
}

/** What a constant field (one we keep no data for) makes of a condition, decided as SQL would. */
function constantHolds(constant: NqlValue, op: NqlOp, value: NqlValue | NqlValue[]): boolean {
  const list = Array.isArray(value) ? value : [value]
  if (constant === null) return (op === 'eq' && value === null) || (op === 'in' && list.includes(null))
  const equals = (v: NqlValue) => v !== null && String(v) === String(constant)
  const text = String(constant).toLowerCase()
  const needle = String(value).toLowerCase()
  switch (op) {
    case 'eq': return equals(value as NqlValue)
    case 'ne': return value === null || !equals(value as NqlValue)
    case 'in': return list.some(equals)
    case 'nin': return !list.some(equals)
    case 'contains': return text.includes(needle)
    case 'ncontains': return !text.includes(needle)
    case 'startswith': return text.startsWith(needle)
    case 'nstartswith': return !text.startsWith(needle)
    case 'endswith': return text.endsWith(needle)
    case 'nendswith': return !text.endsWith(needle)
    default: return false
  }
}

function relationSubquery(spec: Extract<FieldSpec, { kind: 'relation' }>, condition: (ref: Expression<unknown>) => Bool) {
  if (spec.relation === 'tags') {
    let q = eb
      .selectFrom('articleTags')
      .innerJoin('tags', 'tags.id', 'articleTags.tagId')
      .select('articleTags.articleId')
      .whereRef('articleTags.articleId', '=', sql.ref('articles.id'))
      .where(condition(sql.ref(`tags.${spec.column}`)))
    if (spec.primary) q = q.where('articleTags.position', '=', 0).where('tags.visibility', '=', 'public')
    return q
  }
  let q = eb
    .selectFrom('articleAuthors')
    .innerJoin('users', 'users.id', 'articleAuthors.userId')
    .select('articleAuthors.articleId')
    .whereRef('articleAuthors.articleId', '=', sql.ref('articles.id'))
    .where(condition(sql.ref(`users.${spec.column}`)))
  if (spec.primary) q = q.where('articleAuthors.position', '=', 0)
  return q
}

/**
 * The filter as one expression on the resource's table, or null when nothing of it remains
 * (every clause was on a key Ghost drops). Unknown fields are a 400, bad values a 422.
 */
export function compileFilter(node: NqlNode, resource: ResourceFields): Bool | null {
  const table = resource.table
  const always = (holds: boolean): Bool => eb(sql.ref(`${table}.id`), holds ? 'is not' : 'is', null)

  function walk(n: NqlNode): Bool | null {
    if (n.kind === 'and' || n.kind === 'or') {
      const parts = n.nodes.map(walk).filter((p): p is Bool => p !== null)
      if (parts.length === 0) return null
      if (parts.length === 1) return parts[0] as Bool
      return n.kind === 'and' ? eb.and(parts) : eb.or(parts)
    }
    const spec = resource.fields[n.field]
    if (!spec) throw new AppError('FILTER_INVALID', `Could not understand request: unknown filter field "${n.field}".`, 'filter')
    if (spec.kind === 'dropped') return null
    if (spec.kind === 'const') return always(constantHolds(spec.value, n.op, n.value))
    const positive = negations[n.op]
    if (spec.kind === 'column') {
      const ref = sql.ref(`${table}.${spec.column}`)
      if (positive && n.op !== 'ne') return eb.not(columnCondition(ref, n.field, spec.type, positive, n.value))
      return columnCondition(ref, n.field, spec.type, n.op, n.value)
    }
    // Relations: "has a tag that …" as a correlated EXISTS (the newest-first index walk then
    // probes each article's few tags instead of building the list of every tagged article);
    // a negation is "has no tag that …".
    const sub = relationSubquery(spec, (ref) => columnCondition(ref, n.field, spec.type, positive ?? n.op, n.value))
    return positive ? eb.not(eb.exists(sub)) : eb.exists(sub)
  }

  return walk(node)
}

/** The first `slug:[…]` list at the top of a filter: Ghost then orders by that list when no order is given. */
export function slugListOf(node: NqlNode | null): string[] | null {
  if (!node) return null
  if (node.kind === 'cond') return node.field === 'slug' && node.op === 'in' ? (node.value as NqlValue[]).map(String) : null
  if (node.kind === 'and') for (const child of node.nodes) {
    const list = slugListOf(child.kind === 'cond' ? child : null)
    if (list) return list
  }
  return null
}
