import type { LocatorStep } from './LocatorStep';

/**
 * Runs in the page (sent as its source, so it uses nothing from outside its body but `matchesRole`, passed in: see
 * {@link findElementsSource}): the elements `steps` find, in document order, as Playwright's CSS, role and text
 * locators find them; text is matched case-insensitively with whitespace collapsed, in the innermost elements.
 */
export function findElements(
  steps: LocatorStep[],
  matchesRole: (element: Element, step: Extract<LocatorStep, { kind: 'role' }>) => boolean,
): Element[] {
  const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const textMatches = (element: Element, wanted: string): boolean =>
    normalize(element.textContent ?? '')
      .toLowerCase()
      .includes(normalize(wanted).toLowerCase());

  const find = (root: ParentNode, step: LocatorStep): Element[] => {
    if (step.kind === 'css') return Array.from(root.querySelectorAll(step.selector));
    const all = Array.from(root.querySelectorAll('*'));
    if (step.kind === 'role') {
      return all.filter((element) => matchesRole(element, step));
    }
    // The innermost elements with the text, as Playwright's getByText finds them.
    const withText = all.filter(
      (element) =>
        !['script', 'style', 'noscript', 'template', 'head', 'title'].includes(element.localName) &&
        textMatches(element, step.text),
    );
    return withText.filter(
      (element) => !Array.from(element.children).some((child) => withText.includes(child)),
    );
  };

  let found: Element[] = [];
  let roots: ParentNode[] = [document];
  for (const step of steps) {
    const matches = new Set(roots.flatMap((root) => find(root, step)));
    found = Array.from(matches).sort((first, second) =>
      first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    roots = found;
  }
  return found;
}
