/**
 * The start page: the site's views today and over seven days and today's most-read articles
 * (Audience), campaign delivery for those who manage ads, and what waits for review.
 */
import { useEffect, useState } from 'preact/hooks'
import { isoWithOffset } from '../../shared/dates.js'
import { api, query } from '../api.js'
import { errorText, shortTime } from '../format.js'
import { locale, t } from '../i18n/index.js'
import { can, useUser } from '../session.js'
import type { ArticleSummary } from '../types.js'
import { Link } from './Link.js'
import { Delivery } from './Delivery.js'
import { StatusBadge } from './StatusBadge.js'

interface Top {
  id: string
  title: string
  slug: string
  views: number
  uniques: number
}

const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')
const today = () => isoWithOffset(Date.now()).slice(0, 10)

export function Dashboard() {
  const user = useUser()
  const [top, setTop] = useState<Top[] | null>(null)
  const [totals, setTotals] = useState<{ today: number; week: number } | null>(null)
  const [referrers, setReferrers] = useState<{ host: string; views: number }[]>([])
  const [waiting, setWaiting] = useState<ArticleSummary[]>([])
  const [mine, setMine] = useState<ArticleSummary[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const day = today()
    api<{ articles: Top[] }>('GET', `/audience/top${query({ from: day, to: day, limit: 10 })}`).then((r) => setTop(r.articles)).catch((e: unknown) => setError(errorText(e)))
    // Seven days including today, summed over every article by the API (not only the top ones).
    api<{ views: number; days: { day: string; views: number }[] }>('GET', `/audience/totals${query({ to: day })}`)
      .then((r) => setTotals({ today: r.days.find((d) => d.day === day)?.views ?? 0, week: r.views }))
      .catch(() => undefined)
    api<{ referrers: { host: string; views: number }[] }>('GET', `/audience/referrers${query({ from: day, to: day, limit: 5 })}`).then((r) => setReferrers(r.referrers)).catch(() => undefined)
    if (can(user, 'publishOwn')) api<{ articles: ArticleSummary[] }>('GET', `/articles${query({ status: 'review', limit: 10 })}`).then((r) => setWaiting(r.articles)).catch(() => undefined)
    api<{ articles: ArticleSummary[] }>('GET', `/articles${query({ author: user.id, status: 'draft,review,scheduled', limit: 5 })}`).then((r) => setMine(r.articles)).catch(() => undefined)
  }, [])

  return (
    <section class="page">
      <div class="page-head">
        <h1>{t.dashboard.title(user.name.split(' ')[0] ?? user.name)}</h1>
        <Link to="/articles/new" class="button primary">
          {t.list.newArticle}
        </Link>
      </div>
      {error && <p class="notice error">{error}</p>}
      <div class="stats">
        <div class="stat">
          <span class="stat-value">{totals ? number(totals.today) : '…'}</span>
          <span class="stat-label">{t.dashboard.viewsToday}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{totals ? number(totals.week) : '…'}</span>
          <span class="stat-label">{t.dashboard.viewsWeek}</span>
        </div>
      </div>
      <div class="columns">
        <section class="card">
          <h2>{t.dashboard.mostReadToday}</h2>
          {top && top.length === 0 && <p class="muted">{t.dashboard.noViews}</p>}
          <ol class="ranking">
            {top?.map((a) => (
              <li key={a.id}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link>
                <span class="views">{t.dashboard.views(number(a.views))}</span>
              </li>
            ))}
          </ol>
          {referrers.length > 0 && (
            <>
              <h3>{t.dashboard.referrers}</h3>
              <ul class="plain">
                {referrers.map((r) => (
                  <li key={r.host}>
                    {r.host} <span class="views">{number(r.views)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {can(user, 'manageAds') && <Delivery />}
        <section class="card">
          {can(user, 'publishOwn') && (
            <>
              <h2>{t.dashboard.waiting}</h2>
              {waiting.length === 0 && <p class="muted">{t.dashboard.nothingWaiting}</p>}
              <ul class="plain">
                {waiting.map((a) => (
                  <li key={a.id}>
                    <Link to={`/articles/${a.id}`}>{a.title}</Link> <small class="muted">{a.authors.map((p) => p.name).join(', ')} · {shortTime(a.updatedAt)}</small>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t.dashboard.mine}</h2>
          {mine.length === 0 && <p class="muted">{t.dashboard.nothingMine}</p>}
          <ul class="plain">
            {mine.map((a) => (
              <li key={a.id}>
                <Link to={`/articles/${a.id}`}>{a.title}</Link> <StatusBadge article={a} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  )
}
