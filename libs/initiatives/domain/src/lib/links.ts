/** Domain § 8.7: how two initiatives may be linked; `duplicateOf` points from the duplicate to the original. */
export const LINK_KINDS = ['related', 'duplicateOf', 'answeredJointly'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A link as one of its initiatives sees it: made from it (`outgoing`) or pointing at it (`incoming`). */
export const LINK_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];
