/**
 * Queries built and compiled once, then run many times with new values.
 *
 * Kysely builds every query as a tree, runs the CamelCase plugin over it and compiles it to SQL
 * on every call. For the Content API's list of posts that took longer than SQLite took to answer
 * (140 µs against 110 µs). A prepared query is built once with placeholder values, compiled, and
 * afterwards only its parameters change; results still pass the plugins (camelCase rows).
 *
 * The placeholders must reach the SQL as bound values, unchanged: `prepare` refuses a build whose
 * compiled parameters do not hold every placeholder, so a computed or inlined value cannot slip
 * through silently.
 */
import type { Compilable, CompiledQuery } from 'kysely'
import type { Executor } from './database.js'

const tag = '\u0000newsdesk-slot:'

export type PreparedQuery<V, R> = (values: V) => Promise<R[]>

/**
 * `build` receives one placeholder per name in `names`, typed as the value it stands for, and
 * returns the query; the result runs that query with real values.
 */
export function prepare<V extends object, R>(db: Executor, names: readonly (keyof V & string)[], build: (slots: V) => Compilable<R>): PreparedQuery<V, R> {
  const slots = Object.fromEntries(names.map((name) => [name, `${tag}${name}`])) as unknown as V
  const compiled = build(slots).compile()
  const parameters = compiled.parameters.map((value): { slot: keyof V } | { value: unknown } =>
    typeof value === 'string' && value.startsWith(tag) ? { slot: value.slice(tag.length) as keyof V } : { value },
  )
  for (const name of names) {
    if (!parameters.some((p) => 'slot' in p && p.slot === name)) throw new Error(`prepare: the value "${name}" is not a bound parameter of the query`)
  }
  return async (values) => {
    const query: CompiledQuery<R> = { ...compiled, parameters: parameters.map((p) => ('slot' in p ? values[p.slot] : p.value)) }
    return (await db.executeQuery(query)).rows
  }
}
