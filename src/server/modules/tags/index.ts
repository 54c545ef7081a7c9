/** Tags: the sections and topics articles are filed under (the first tag is the primary one). */
export { createTagsService, presentTag, type Tag, type TagInput, type TagUpdate, type TagsService } from './tag.service.js'
export type { TagTable } from './tag.table.js'
