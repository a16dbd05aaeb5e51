import { findElements } from './findElements';
import { matchesRole } from './matchesRole';

/** The source of an in-page function `(steps) => Element[]`: {@link findElements} with its role matcher. */
export const findElementsSource = `(steps) => (${findElements.toString()})(steps, ${matchesRole.toString()})`;
