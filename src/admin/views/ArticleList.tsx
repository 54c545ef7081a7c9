/**
 * Articles (or pages) in every status: filters by status, tag, author and text, a sort order,
 * the state of each at a glance, and the keyboard: "/" searches, j/k move between rows, n writes
 * a new one. Filters live in the address, so a filtered list can be shared or reloaded.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { api, ApiError, query } from '../api.js'
import { errorText, shortTime } from '../format.js'
import { t } from '../i18n/index.js'
import { navigate, useLocation } from '../router.js'
import type { ArticleSummary, Pagination, Person, Status, Tag } from '../types.js'
import { Link } from './Link.js'
import { StatusBadge } from './StatusBadge.js'

const statuses: Status[] = ['draft', 'review', 'scheduled', 'published', 'archived']
const orders = ['updated', 'published', 'created'] as const

interface Listing {
  articles: ArticleSummary[]
  meta: { pagination: Pagination }
}

export function ArticleList({ type }: { type: 'article' | 'page' }) {
  const { search } = useLocation()
  const section = type === 'page' ? '/pages' : '/articles'
  const filters = {
    status: search.get('status') ?? '',
    tag: search.get('tag') ?? '',
    author: search.get('author') ?? '',
    q: search.get('q') ?? '',
    order: search.get('order') ?? 'updated',
    page: Number(search.get('page') ?? '1') || 1,
  }
  const [listing, setListing] = useState<Listing | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [textSearch, setTextSearch] = useState(true)
  const [tags, setTags] = useState<Tag[]>([])
  const [people, setPeople] = useState<Person[]>([])
  const [text, setText] = useState(filters.q)
  const searchRef = useRef<HTMLInputElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)

  const set = (changes: Partial<Record<keyof typeof filters, string>>) => {
    const next = new URLSearchParams(search)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    if (!('page' in changes)) next.delete('page')
    if (next.get('order') === 'updated') next.delete('order')
    const qs = next.toString()
    navigate(`${section}${qs ? `?${qs}` : ''}`, { replace: true })
  }

  useEffect(() => {
    void api<{ tags: Tag[] }>('GET', '/tags').then((r) => setTags(r.tags)).catch(() => undefined)
    void api<{ people: Person[] }>('GET', '/people').then((r) => setPeople(r.people)).catch(() => undefined)
  }, [])

  useEffect(() => {
    let current = true
    const params = { type, status: filters.status, tag: filters.tag, author: filters.author, order: filters.order, page: filters.page, limit: 25 }
    const load = async () => {
      try {
        return await api<Listing>('GET', `/articles${query({ ...params, q: filters.q })}`)
      } catch (e) {
        // A server without text search rejects `q` (400 naming it): list without it and say so.
        if (filters.q && e instanceof ApiError && e.status === 400 && e.field === 'q') {
          setTextSearch(false)
          return api<Listing>('GET', `/articles${query(params)}`)
        }
        throw e
      }
    }
    load()
      .then((result) => current && (setListing(result), setError(null)))
      .catch((e: unknown) => current && setError(errorText(e)))
    return () => void (current = false)
  }, [type, filters.status, filters.tag, filters.author, filters.q, filters.order, filters.page])

  // The text filter follows typing after a short pause.
  useEffect(() => {
    if (text === filters.q) return
    const timer = setTimeout(() => set({ q: text.trim() }), 300)
    return () => clearTimeout(timer)
  }, [text])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable]') || event.metaKey || event.ctrlKey || event.altKey) return
      if (event.key === '/') {
        event.preventDefault()
        searchRef.current?.focus()
      } else if (event.key === 'n') {
        navigate(`${section}/new`)
      } else if (event.key === 'j' || event.key === 'k') {
        const links = Array.from(tableRef.current?.querySelectorAll<HTMLAnchorElement>('td.title a') ?? [])
        if (links.length === 0) return
        const at = links.indexOf(document.activeElement as HTMLAnchorElement)
        const next = at === -1 ? 0 : Math.min(links.length - 1, Math.max(0, at + (event.key === 'j' ? 1 : -1)))
        links[next]?.focus()
        event.preventDefault()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [section])

  const pagination = listing?.meta.pagination
  return (
    <section class="page">
      <div class="page-head">
        <h1>{type === 'page' ? t.list.pagesTitle : t.list.title}</h1>
        <Link to={`${section}/new`} class="button primary" aria-keyshortcuts="n">
          {type === 'page' ? t.list.newPage : t.list.newArticle}
        </Link>
      </div>
      <form class="filters" role="search" onSubmit={(e) => (e.preventDefault(), set({ q: text.trim() }))}>
        <div class="field grow">
          <label for="filter-q">{t.list.search}</label>
          <input id="filter-q" ref={searchRef} type="search" value={text} placeholder={t.list.searchPlaceholder} aria-keyshortcuts="/" onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="filter-status">{t.list.status}</label>
          <select id="filter-status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{t.list.allStatuses}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t.status[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-tag">{t.list.tag}</label>
          <select id="filter-tag" value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">{t.list.allTags}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.slug}>
                {tag.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-author">{t.list.author}</label>
          <select id="filter-author" value={filters.author} onChange={(e) => set({ author: e.currentTarget.value })}>
            <option value="">{t.list.allAuthors}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-order">{t.list.sort}</label>
          <select id="filter-order" value={filters.order} onChange={(e) => set({ order: e.currentTarget.value })}>
            {orders.map((o) => (
              <option key={o} value={o}>
                {t.list.orders[o]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {!textSearch && <p class="notice">{t.list.noTextSearch}</p>}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <p class="muted hint">{t.list.keys}</p>
      {listing && listing.articles.length === 0 && <p class="empty">{t.list.empty}</p>}
      {listing && listing.articles.length > 0 && (
        <table class="articles" ref={tableRef}>
          <caption class="sr-only">{t.list.caption(pagination?.total ?? 0)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.colTitle}</th>
              <th scope="col">{t.list.status}</th>
              <th scope="col" class="hide-narrow">{t.list.tag}</th>
              <th scope="col" class="hide-narrow">{t.list.author}</th>
              <th scope="col" class="hide-narrow">{filters.order === 'published' ? t.list.orders.published : filters.order === 'created' ? t.list.orders.created : t.list.orders.updated}</th>
            </tr>
          </thead>
          <tbody>
            {listing.articles.map((a) => (
              <tr key={a.id} data-status={a.status}>
                <td class="title">
                  <Link to={`${section}/${a.id}`}>{a.title}</Link>
                  <span class="flags">
                    {a.breaking && <span class="flag breaking">{t.fields.breaking}</span>}
                    {a.featured && <span class="flag">{t.fields.featured}</span>}
                    {a.sponsored && <span class="flag">{t.fields.sponsored}</span>}
                  </span>
                </td>
                <td>
                  <StatusBadge article={a} />
                </td>
                <td class="hide-narrow">{a.primaryTag?.name ?? ''}</td>
                <td class="hide-narrow">{a.authors.map((p) => p.name).join(', ')}</td>
                <td class="hide-narrow nowrap">{shortTime(filters.order === 'published' ? (a.publishedAt ?? a.updatedAt) : filters.order === 'created' ? a.createdAt : a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pagination && pagination.pages > 1 && (
        <nav class="pager" aria-label={t.list.pagination}>
          <button type="button" disabled={!pagination.prev} onClick={() => set({ page: String(pagination.prev ?? 1) })}>
            {t.list.prev}
          </button>
          <span>{t.list.pageOf(pagination.page, pagination.pages)}</span>
          <button type="button" disabled={!pagination.next} onClick={() => set({ page: String(pagination.next ?? pagination.page) })}>
            {t.list.next}
          </button>
        </nav>
      )}
    </section>
  )
}
