/**
 * Below this width a page folds what is long and secondary (the list of themes, a benchmark's
 * figures per theme), so that what the reader came for comes first; the same width where
 * layouts drop to one column.
 */
export const NARROW_SCREEN = "(max-width: 50rem)";
