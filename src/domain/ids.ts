/** Longest id allowed in the data files, and accepted in a link (`place=`, `event=`). */
export const ID_MAX_LENGTH = 81;

/** A whole id: lowercase letters, digits, _ and -, starting with a letter or digit, at most ID_MAX_LENGTH long. */
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9_-]{0,${ID_MAX_LENGTH - 1}}$`);
