import { Layout, type SiteChrome } from './Layout.js'

export interface ErrorPageModel {
  site: SiteChrome
  status: 404 | 410 | 500
}

/** 404, 410 and 500 in the site's design. */
export function ErrorPage({ site, status }: ErrorPageModel) {
  const s = site.t.site
  const [title, text] = status === 404 ? [s.notFoundTitle, s.notFoundText] : status === 410 ? [s.goneTitle, s.goneText] : [s.errorTitle, s.errorText]
  return (
    <Layout site={site} title={`${title} - ${site.name}`}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{s.backHome}</a>
      </p>
    </Layout>
  )
}
