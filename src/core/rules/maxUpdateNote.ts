/** The most characters an update's `update_note` may have. */
export const maxUpdateNote = 500;
