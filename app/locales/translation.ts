/** The same keys as Dutch, each a string: a missing or extra key fails the typecheck. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
