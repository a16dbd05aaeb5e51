/** One step of a locator: which elements to find inside those the steps before found (the document at first). */
export type LocatorStep =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: string; exact?: boolean }
  | { kind: 'text'; text: string };
