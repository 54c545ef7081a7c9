/** Row types of the audience figures: aggregate counts only, nothing about a reader. */
export interface AudienceHourlyTable {
  articleId: string
  /** Start of the hour, epoch ms. */
  hour: number
  views: number
  uniques: number
}

export interface AudienceDailyTable {
  articleId: string
  /** Start of the day in Europe/Amsterdam, epoch ms. */
  day: number
  views: number
  uniques: number
}

export interface AudienceReferrerTable {
  day: number
  host: string
  views: number
}
