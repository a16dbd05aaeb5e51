/**
 * The most characters of a destination the status text shows. Cognito's masked destinations are far shorter
 * (`j***@e***.com`, `+*******1234`); anything longer is cut, so a hostile or broken answer cannot stretch the page.
 */
export const maxShownDestinationLength = 40;

// Embedding, override and isolate controls and directional marks: inside the destination they could still reorder
// its own characters, making one address read like another.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A destination as the status text shows it: without bidirectional controls and cut to
 * {@link maxShownDestinationLength} characters (whole code points) with an ellipsis. The full value stays on the
 * hook's `delivery`.
 */
export function displayDestination(destination: string): string {
  const characters = Array.from(destination.replace(bidiControls, ''));
  if (characters.length <= maxShownDestinationLength) return characters.join('');
  return `${characters.slice(0, maxShownDestinationLength - 1).join('')}…`;
}
