/**
 * The dashboard's campaign block (editors and admins): the campaigns running now, impressions
 * delivered against each goal and today's impressions and clicks, from one ads report reaching
 * back to the earliest start. Self-contained, so the ads pages' chunk stays out of the dashboard.
 */
import { useEffect, useState } from 'preact/hooks'
import { isoWithOffset } from '../../shared/dates.js'
import { api, query } from '../api.js'
import { errorText } from '../format.js'
import { locale, t } from '../i18n/index.js'
import { Link } from './Link.js'

interface Campaign {
  id: string
  name: string
  status: string
  startsAt: string
  endsAt: string | null
  goalImpressions: number | null
}
interface Row {
  campaign: Campaign
  total: number
  impressions: number
  clicks: number
}
type Figures = { impressions: number; clicks: number }

const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')
const dayOf = (ms: number) => isoWithOffset(ms).slice(0, 10)

async function running(): Promise<Row[]> {
  const now = Date.now()
  const { campaigns } = await api<{ campaigns: Campaign[] }>('GET', '/ads/campaigns')
  const live = campaigns.filter((c) => c.status === 'active' && Date.parse(c.startsAt) <= now && (c.endsAt === null || Date.parse(c.endsAt) > now))
  if (live.length === 0) return []
  const today = dayOf(now)
  const from = dayOf(Math.max(Math.min(...live.map((c) => Date.parse(c.startsAt))), now - 399 * 86_400_000))
  const report = await api<{ campaigns: (Figures & { campaignId: string })[]; days: (Figures & { day: string; campaignId: string })[] }>('GET', `/ads/reports${query({ from, to: today })}`)
  return live.map((campaign) => {
    const todays = report.days.filter((d) => d.campaignId === campaign.id && d.day === today)
    return {
      campaign,
      total: report.campaigns.find((c) => c.campaignId === campaign.id)?.impressions ?? 0,
      impressions: todays.reduce((n, d) => n + d.impressions, 0),
      clicks: todays.reduce((n, d) => n + d.clicks, 0),
    }
  })
}

export function Delivery() {
  const [rows, setRows] = useState<Row[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => void running().then(setRows).catch((e: unknown) => setError(errorText(e))), [])
  return (
    <section class="card delivery-card">
      <h2>{t.dashboard.campaigns}</h2>
      {error && <p class="field-error">{error}</p>}
      {rows && rows.length === 0 && <p class="muted">{t.dashboard.noCampaigns}</p>}
      <ul class="plain campaign-delivery">
        {rows?.map(({ campaign, total, impressions, clicks }) => {
          const goal = campaign.goalImpressions
          const percent = goal ? Math.min(100, Math.round((total / goal) * 100)) : 0
          return (
            <li key={campaign.id} data-campaign={campaign.id}>
              <Link to={`/ads/campaigns/${campaign.id}`}>{campaign.name}</Link>
              {goal ? (
                <>
                  <progress max={goal} value={Math.min(total, goal)} aria-label={t.dashboard.deliveryOf(campaign.name)} />
                  <small class="muted block">{t.dashboard.delivered(number(total), number(goal), percent)}</small>
                </>
              ) : (
                <small class="muted block">{t.dashboard.deliveredNoGoal(number(total))}</small>
              )}
              <small class="muted block today">{t.dashboard.today(number(impressions), number(clicks))}</small>
            </li>
          )
        })}
      </ul>
      <Link to="/ads">{t.dashboard.allCampaigns}</Link>
    </section>
  )
}
