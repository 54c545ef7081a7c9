/** One campaign: its delivery, its creatives and its settings; or the form for a new one. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { navigate, useLocation } from '../router.js'
import type { Tag } from '../types.js'
import { Link } from '../views/Link.js'
import { CampaignForm, campaignBody, campaignFields, draftOf, type CampaignDraft } from './CampaignForm.js'
import { Creatives } from './Creatives.js'
import { adErrorText, dayLabel, fieldErrors, loadDelivery, number, type Advertiser, type Campaign, type Creative, type Delivery, type FieldErrors, type Slot } from './model.js'
import { DeliveryBar, PhaseBadge, Tabs } from './ui.js'
import { w } from './words.js'
import { Notice, type NoticeMessage } from '../views/Messages.js'

export function CampaignPage({ id }: { id: string | null }) {
  const { search } = useLocation()
  const [campaign, setCampaign] = useState<Campaign | null>(null)
  const [draft, setDraft] = useState<CampaignDraft>(() => draftOf(null, search.get('advertiser') ?? ''))
  const [creatives, setCreatives] = useState<Creative[]>([])
  const [advertisers, setAdvertisers] = useState<Advertiser[]>([])
  const [tags, setTags] = useState<Tag[]>([])
  const [slots, setSlots] = useState<Slot[]>([])
  const [delivery, setDelivery] = useState<Delivery | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<NoticeMessage | null>(search.get('created') ? { ok: true, text: w.campaigns.created } : null)
  const [busy, setBusy] = useState(false)
  const [loadError, setLoadError] = useState<string | null>(null)

  const loadCreatives = async () => {
    if (!id) return
    setCreatives((await api<{ creatives: Creative[] }>('GET', `/ads/creatives?campaignId=${id}`)).creatives)
  }

  useEffect(() => {
    void api<{ advertisers: Advertiser[] }>('GET', '/ads/advertisers').then((r) => setAdvertisers(r.advertisers)).catch((e: unknown) => setLoadError(adErrorText(e)))
    void api<{ tags: Tag[] }>('GET', '/tags').then((r) => setTags(r.tags)).catch(() => undefined)
    void api<{ slots: Slot[] }>('GET', '/ads/slots').then((r) => setSlots(r.slots)).catch(() => undefined)
    if (!id) return
    api<{ campaign: Campaign }>('GET', `/ads/campaigns/${id}`)
      .then(async ({ campaign: found }) => {
        setCampaign(found)
        setDraft(draftOf(found))
        await loadCreatives()
        const figures = await loadDelivery([found])
        setDelivery(figures.get(found.id) ?? { total: 0, today: { impressions: 0, clicks: 0 } })
      })
      .catch((e: unknown) => setLoadError(adErrorText(e)))
  }, [id])

  const submit = async () => {
    const made = campaignBody(draft)
    setMessage(null)
    if ('errors' in made) return setErrors(made.errors)
    setErrors({})
    setBusy(true)
    try {
      if (id) {
        const { campaign: saved } = await api<{ campaign: Campaign }>('PATCH', `/ads/campaigns/${id}`, made.body)
        setCampaign(saved)
        setDraft(draftOf(saved))
        setMessage({ ok: true, text: w.saved })
      } else {
        const { campaign: created } = await api<{ campaign: Campaign }>('POST', '/ads/campaigns', made.body)
        navigate(`/ads/campaigns/${created.id}?created=1`)
      }
    } catch (e) {
      const found = fieldErrors(e, campaignFields)
      setErrors(found.fields)
      setMessage({ ok: false, text: found.general ?? w.seeFields })
    } finally {
      setBusy(false)
    }
  }

  const remove = async () => {
    if (!campaign || !window.confirm(w.campaigns.confirmDelete(campaign.name))) return
    try {
      await api('DELETE', `/ads/campaigns/${campaign.id}`)
      navigate('/ads')
    } catch (e) {
      setMessage({ ok: false, text: adErrorText(e) })
    }
  }

  if (loadError) {
    return (
      <section class="page">
        <p class="notice error" role="alert">
          {loadError}
        </p>
        <Link to="/ads">{w.campaigns.back}</Link>
      </section>
    )
  }
  if (id && !campaign) return <p class="loading">{w.loading}</p>
  const advertiser = advertisers.find((a) => a.id === campaign?.advertiserId)

  const form = (
    <CampaignForm draft={draft} advertisers={advertisers} tags={tags} slots={slots} errors={errors} busy={busy} submitLabel={id ? w.save : w.form.create} onChange={setDraft} onSubmit={() => void submit()} onCancel={id ? undefined : () => navigate('/ads')} />
  )
  const notice = <Notice message={message} />

  if (!campaign) {
    return (
      <section class="page narrow-wide">
        <Link to="/ads" class="back">
          {w.campaigns.back}
        </Link>
        <h1>{w.campaigns.newTitle}</h1>
        <Tabs />
        {notice}
        {form}
      </section>
    )
  }

  return (
    <section class="page narrow-wide">
      <Link to="/ads" class="back">
        {w.campaigns.back}
      </Link>
      <div class="page-head">
        <div>
          <h1>{campaign.name}</h1>
          <p class="muted sub">
            {advertiser?.name ?? ''} · {w.kinds[campaign.kind]} · {campaign.endsAt ? w.campaigns.period(dayLabel(campaign.startsAt), dayLabel(campaign.endsAt)) : w.campaigns.from(dayLabel(campaign.startsAt))}
          </p>
        </div>
        <PhaseBadge campaign={campaign} />
      </div>
      <Tabs />
      <div class="stats">
        <div class="stat wide">
          <span class="stat-label">{w.campaigns.colDelivery}</span>
          <DeliveryBar name={campaign.name} delivered={delivery?.total ?? 0} goal={campaign.goalImpressions} />
        </div>
        <div class="stat">
          <span class="stat-value">{number(delivery?.today.impressions ?? 0)}</span>
          <span class="stat-label">
            {w.campaigns.colToday} · {w.reports.impressions.toLowerCase()}
          </span>
        </div>
        <div class="stat">
          <span class="stat-value">{number(delivery?.today.clicks ?? 0)}</span>
          <span class="stat-label">
            {w.campaigns.colToday} · {w.reports.clicks.toLowerCase()}
          </span>
        </div>
        <Link to={`/ads/reports?campaignId=${campaign.id}`} class="button stat-link">
          {w.reports.title} →
        </Link>
      </div>
      {notice}
      <Creatives campaignId={campaign.id} creatives={creatives} onChanged={loadCreatives} />
      <h2 class="section-title">{w.campaigns.settings}</h2>
      {form}
      {creatives.length === 0 && (
        <button type="button" class="danger delete-campaign" onClick={() => void remove()}>
          {w.delete}
        </button>
      )}
    </section>
  )
}
