import type { LocatorStep } from './LocatorStep';

/**
 * Runs in the page (sent as its source, so it uses nothing from outside its body): the elements `steps` find, in
 * document order, as Playwright's CSS, role and text locators find them, as far as the tests need: roles from the
 * `role` attribute or the tag, accessible names from `aria-labelledby`, `aria-label` or the text a screen reader
 * reads (without `aria-hidden` parts), and text matched case-insensitively with whitespace collapsed.
 */
export function findElements(steps: LocatorStep[]): Element[] {
  const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const isHiddenFromReaders = (element: Element): boolean => {
    for (let current: Element | null = element; current !== null; current = current.parentElement) {
      if (current.hasAttribute('hidden') || current.getAttribute('aria-hidden') === 'true') return true;
      if (getComputedStyle(current).display === 'none') return true;
    }
    return getComputedStyle(element).visibility === 'hidden';
  };

  const implicitRoles: Record<string, string> = {
    button: 'button',
    a: 'link',
    h1: 'heading',
    h2: 'heading',
    h3: 'heading',
    h4: 'heading',
    h5: 'heading',
    h6: 'heading',
    output: 'status',
    main: 'main',
    nav: 'navigation',
    ul: 'list',
    ol: 'list',
    li: 'listitem',
    textarea: 'textbox',
    select: 'combobox',
    img: 'img',
  };
  const inputRoles: Record<string, string> = {
    button: 'button',
    submit: 'button',
    reset: 'button',
    image: 'button',
    checkbox: 'checkbox',
    radio: 'radio',
  };

  const roleOf = (element: Element): string | null => {
    const explicit = (element.getAttribute('role') ?? '').trim().split(/\s+/)[0];
    if (explicit) return explicit;
    if (element instanceof HTMLInputElement) return inputRoles[element.type] ?? 'textbox';
    if (element.localName === 'a' && !element.hasAttribute('href')) return null;
    return implicitRoles[element.localName] ?? null;
  };

  // The text a screen reader reads from the content: hidden parts left out, an image by its alt text.
  const contentText = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return '';
    if (node instanceof HTMLImageElement) return node.alt;
    return Array.from(node.childNodes, contentText).join('');
  };

  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const labels = labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter((label): label is HTMLElement => label !== null);
      const label = normalize(labels.map(contentText).join(' '));
      if (label) return label;
    }
    const ariaLabel = normalize(element.getAttribute('aria-label') ?? '');
    if (ariaLabel) return ariaLabel;
    if (element instanceof HTMLInputElement) return normalize(element.value);
    // Roles named by their content; a live region or a list is not.
    if (['button', 'link', 'heading', 'checkbox', 'radio', 'listitem'].includes(roleOf(element) ?? '')) {
      return normalize(contentText(element));
    }
    return '';
  };

  const nameMatches = (name: string, wanted: string, exact: boolean): boolean => {
    if (exact) return name === normalize(wanted);
    return name.toLowerCase().includes(normalize(wanted).toLowerCase());
  };

  const textMatches = (element: Element, wanted: string): boolean =>
    normalize(element.textContent ?? '')
      .toLowerCase()
      .includes(normalize(wanted).toLowerCase());

  const find = (root: ParentNode, step: LocatorStep): Element[] => {
    if (step.kind === 'css') return Array.from(root.querySelectorAll(step.selector));
    const all = Array.from(root.querySelectorAll('*'));
    if (step.kind === 'role') {
      return all.filter(
        (element) =>
          roleOf(element) === step.role &&
          !isHiddenFromReaders(element) &&
          (step.name === undefined || nameMatches(nameOf(element), step.name, step.exact === true)),
      );
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
