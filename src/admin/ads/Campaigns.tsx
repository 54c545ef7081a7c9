/** Every campaign: advertiser, kind, status, run, delivery against its goal and today's figures. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { Link } from '../views/Link.js'
import { adErrorText, dayLabel, loadDelivery, number, type Advertiser, type Campaign, type Delivery } from './model.js'
import { DeliveryBar, PhaseBadge, Tabs } from './ui.js'
import { w } from './words.js'

export function Campaigns() {
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null)
  const [advertisers, setAdvertisers] = useState<Map<string, string>>(new Map())
  const [delivery, setDelivery] = useState<Map<string, Delivery>>(new Map())
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([api<{ campaigns: Campaign[] }>('GET', '/ads/campaigns'), api<{ advertisers: Advertiser[] }>('GET', '/ads/advertisers')])
      .then(([c, a]) => {
        setCampaigns(c.campaigns)
        setAdvertisers(new Map(a.advertisers.map((x) => [x.id, x.name])))
        return loadDelivery(c.campaigns).then(setDelivery)
      })
      .catch((e: unknown) => setError(adErrorText(e)))
  }, [])

  return (
    <section class="page">
      <div class="page-head">
        <h1>{w.title}</h1>
        {advertisers.size > 0 && (
          <Link to="/ads/campaigns/new" class="button primary">
            {w.campaigns.add}
          </Link>
        )}
      </div>
      <Tabs />
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {campaigns && advertisers.size === 0 && <p class="notice">{w.campaigns.needAdvertiser}</p>}
      {campaigns && campaigns.length === 0 && advertisers.size > 0 && <p class="empty">{w.campaigns.empty}</p>}
      {campaigns && campaigns.length > 0 && (
        <div class="table-scroll">
          <table class="list ad-table campaigns">
            <thead>
              <tr>
                <th scope="col">{w.campaigns.colCampaign}</th>
                <th scope="col">{w.campaigns.colStatus}</th>
                <th scope="col" class="hide-narrow">{w.campaigns.colPeriod}</th>
                <th scope="col">{w.campaigns.colDelivery}</th>
                <th scope="col" class="hide-narrow">{w.campaigns.colToday}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => {
                const d = delivery.get(c.id)
                return (
                  <tr key={c.id} data-campaign={c.id}>
                    <td class="title">
                      <Link to={`/ads/campaigns/${c.id}`}>{c.name}</Link>
                      <small class="muted block">
                        {advertisers.get(c.advertiserId) ?? ''} · <span class={`kind kind-${c.kind}`}>{w.kinds[c.kind]}</span>
                      </small>
                    </td>
                    <td>
                      <PhaseBadge campaign={c} />
                    </td>
                    <td class="hide-narrow nowrap">{c.endsAt ? w.campaigns.period(dayLabel(c.startsAt), dayLabel(c.endsAt)) : w.campaigns.from(dayLabel(c.startsAt))}</td>
                    <td class="delivery-cell">
                      <DeliveryBar name={c.name} delivered={d?.total ?? 0} goal={c.goalImpressions} />
                    </td>
                    <td class="hide-narrow nowrap">{w.campaigns.today(number(d?.today.impressions ?? 0), number(d?.today.clicks ?? 0))}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
