/** Row type of the settings table: one JSON value per key. */
export interface SettingTable {
  key: string
  value: string
  updatedAt: number
}
