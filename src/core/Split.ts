/**
 * The parts of a list written as one string, as a union of string literal types: `Split<'a b', ' '>` is
 * `'a' | 'b'`. Lists kept as one string cost fewer bytes than arrays of literals; this keeps them typed.
 * @internal
 */
export type Split<
  Text extends string,
  Separator extends string,
> = Text extends `${infer Head}${Separator}${infer Rest}` ? Head | Split<Rest, Separator> : Text;

/**
 * `true` when `Listed` names every member of `Expected`, else `never`: `true satisfies Covers<Listed, Expected>`
 * fails to compile when a list misses a name.
 * @internal
 */
export type Covers<Listed, Expected> = [Expected] extends [Listed] ? true : never;

/**
 * `true` when `Listed` names exactly the members of `Expected`, no more and no fewer, else `never`.
 * @internal
 */
export type SameNames<Listed, Expected> = [Listed, Expected] extends [Expected, Listed] ? true : never;
