/** Pages as pure functions of view models: they never query. */
export { renderDocument } from './render.js'
export { HomePage, type HomePageModel } from './HomePage.js'
export { ArticlePage, type ArticlePageModel } from './ArticlePage.js'
export { ListPage, type ListPageModel } from './ListPage.js'
export { ErrorPage, type ErrorPageModel } from './ErrorPage.js'
export type { SiteChrome, PageMeta } from './Layout.js'
export type { ArticleCard, ImageView, MostReadBox, PaginationView } from './parts.js'
export { MostReadPage, type MostReadPageModel } from './MostReadPage.js'
