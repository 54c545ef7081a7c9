/** Row type of the tags table. */
export interface TagTable {
  id: string
  slug: string
  name: string
  description: string | null
  /** 'internal' tags (Ghost's #hash tags) never show on the site. */
  visibility: 'public' | 'internal'
  seoTitle: string | null
  seoDescription: string | null
  createdAt: number
  updatedAt: number
}
