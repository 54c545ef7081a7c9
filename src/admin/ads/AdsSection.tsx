/**
 * The ads pages (editors and admins), loaded on demand as their own chunk with their words and
 * styles: campaigns (the start), one campaign with its creatives, advertisers, slots, reports.
 */
import { NotFound } from '../views/Messages.js'
import { Advertisers } from './Advertisers.js'
import { CampaignPage } from './CampaignPage.js'
import { Campaigns } from './Campaigns.js'
import { Reports } from './Reports.js'
import { Slots } from './Slots.js'
import './ads.css'

export function AdsSection({ path }: { path: string }) {
  const campaign = /^\/ads\/campaigns\/(new|[0-9a-f]{24})$/.exec(path)
  if (campaign) return <CampaignPage key={path} id={campaign[1] === 'new' ? null : (campaign[1] ?? null)} />
  switch (path) {
    case '/ads':
    case '/ads/campaigns':
      return <Campaigns />
    case '/ads/advertisers':
      return <Advertisers />
    case '/ads/slots':
      return <Slots />
    case '/ads/reports':
      return <Reports />
    default:
      return <NotFound />
  }
}
