/**
 * Delivery for a date range (Amsterdam days): impressions, viewable impressions, clicks and CTR
 * per campaign, per creative and per day, and the same as CSV from the API. The range and the
 * campaign live in the address, so a report can be shared.
 */
import { useEffect, useState } from 'preact/hooks'
import { api, query } from '../api.js'
import { navigate, useLocation } from '../router.js'
import { adErrorText, amsterdamDay, ctr, fieldErrors, number, type Campaign, type Figures, type Report } from './model.js'
import { described, Field, Tabs } from './ui.js'
import { w } from './words.js'

function Cells({ figures }: { figures: Figures }) {
  return (
    <>
      <td class="num">{number(figures.impressions)}</td>
      <td class="num">{number(figures.viewable)}</td>
      <td class="num">{number(figures.clicks)}</td>
      <td class="num">{ctr(figures.ctr)}</td>
    </>
  )
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="num">{w.reports.impressions}</th>
        <th scope="col" class="num">{w.reports.viewable}</th>
        <th scope="col" class="num">{w.reports.clicks}</th>
        <th scope="col" class="num">{w.reports.ctr}</th>
      </tr>
    </thead>
  )
}

const sum = (rows: Figures[]): Figures => {
  const impressions = rows.reduce((n, r) => n + r.impressions, 0)
  const clicks = rows.reduce((n, r) => n + r.clicks, 0)
  return { impressions, viewable: rows.reduce((n, r) => n + r.viewable, 0), clicks, ctr: impressions ? Math.round((clicks / impressions) * 10_000) / 100 : 0 }
}

export function Reports() {
  const { search } = useLocation()
  const today = amsterdamDay(Date.now())
  const chosen = { from: search.get('from') ?? amsterdamDay(Date.now() - 6 * 86_400_000), to: search.get('to') ?? today, campaignId: search.get('campaignId') ?? '' }
  const [form, setForm] = useState(chosen)
  const [campaigns, setCampaigns] = useState<Campaign[]>([])
  const [report, setReport] = useState<Report | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  useEffect(() => void api<{ campaigns: Campaign[] }>('GET', '/ads/campaigns').then((r) => setCampaigns(r.campaigns)).catch(() => undefined), [])
  useEffect(() => {
    setError(null)
    setErrors({})
    api<Report>('GET', `/ads/reports${query(chosen)}`)
      .then(setReport)
      .catch((e: unknown) => {
        const found = fieldErrors(e, ['from', 'to', 'campaignId'])
        setErrors(found.fields)
        setError(found.general ?? adErrorText(e))
        setReport(null)
      })
  }, [chosen.from, chosen.to, chosen.campaignId])

  const show = (event: Event) => {
    event.preventDefault()
    navigate(`/ads/reports${query(form)}`, { replace: true })
  }
  const name = new Map(campaigns.map((c) => [c.id, c.name]))
  // Days newest first, one row per day (all creatives of the chosen campaigns together).
  const days = [...new Set(report?.days.map((d) => d.day) ?? [])].sort().reverse().map((day) => ({ day, figures: sum(report?.days.filter((d) => d.day === day) ?? []) }))

  return (
    <section class="page">
      <div class="page-head">
        <h1>{w.reports.title}</h1>
        <a class="button" href={`/admin/api/ads/reports.csv${query(chosen)}`} download>
          {w.reports.csv}
        </a>
      </div>
      <Tabs />
      <form class="filters" onSubmit={show}>
        <Field id="r-from" label={w.reports.from} error={errors.from}>
          <input {...described('r-from', errors.from)} type="date" required value={form.from} max={today} onInput={(e) => setForm({ ...form, from: e.currentTarget.value })} />
        </Field>
        <Field id="r-to" label={w.reports.to} error={errors.to}>
          <input {...described('r-to', errors.to)} type="date" value={form.to} onInput={(e) => setForm({ ...form, to: e.currentTarget.value })} />
        </Field>
        <Field id="r-campaign" label={w.reports.campaign}>
          <select id="r-campaign" value={form.campaignId} onChange={(e) => setForm({ ...form, campaignId: e.currentTarget.value })}>
            <option value="">{w.reports.allCampaigns}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="primary">
          {w.reports.show}
        </button>
      </form>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <div class="stats report-totals">
            {(
              [
                [w.reports.impressions, number(report.totals.impressions)],
                [w.reports.viewable, number(report.totals.viewable)],
                [w.reports.clicks, number(report.totals.clicks)],
                [w.reports.ctr, ctr(report.totals.ctr)],
              ] as const
            ).map(([label, value]) => (
              <div class="stat" key={label} data-figure={label}>
                <span class="stat-value">{value}</span>
                <span class="stat-label">{label}</span>
              </div>
            ))}
          </div>
          {report.totals.impressions === 0 && report.totals.clicks === 0 && <p class="empty">{w.reports.empty}</p>}
          {report.campaigns.length > 0 && (
            <>
              <h2>{w.reports.perCampaign}</h2>
              <div class="table-scroll">
                <table class="list figures per-campaign">
                  <Head first={w.reports.campaign} />
                  <tbody>
                    {report.campaigns.map((c) => (
                      <tr key={c.campaignId} data-campaign={c.campaignId}>
                        <th scope="row">
                          {c.campaign}
                          <small class="muted block">{c.advertiser}</small>
                        </th>
                        <Cells figures={c} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {report.creatives.length > 0 && (
            <>
              <h2>{w.reports.perCreative}</h2>
              <div class="table-scroll">
                <table class="list figures per-creative">
                  <Head first={w.reports.creative} />
                  <tbody>
                    {report.creatives.map((c) => (
                      <tr key={c.creativeId} data-creative={c.creativeId}>
                        <th scope="row">
                          {c.creative}
                          <small class="muted block">
                            {name.get(c.campaignId) ?? ''} · {c.size}
                          </small>
                        </th>
                        <Cells figures={c} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {days.length > 0 && (
            <>
              <h2>{w.reports.perDay}</h2>
              <div class="table-scroll">
                <table class="list figures per-day">
                  <Head first={w.reports.day} />
                  <tbody>
                    {days.map(({ day, figures }) => (
                      <tr key={day} data-day={day}>
                        <th scope="row" class="nowrap">
                          {day}
                        </th>
                        <Cells figures={figures} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  )
}
