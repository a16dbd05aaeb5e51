import type { LocatorStep } from './LocatorStep';

/**
 * Runs in the page (sent as its source, so it uses nothing from outside its body): whether `element` has the
 * step's role and, if it asks for one, name, as Playwright's `getByRole` decides, as far as the tests need: the role
 * from the `role` attribute or the tag, the accessible name from `aria-labelledby`, `aria-label` or the text a
 * screen reader reads (without `aria-hidden` parts), matched case-insensitively as a part unless `exact`. Elements
 * hidden from screen readers match no role.
 */
export function matchesRole(element: Element, step: Extract<LocatorStep, { kind: 'role' }>): boolean {
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

  if (roleOf(element) !== step.role || isHiddenFromReaders(element)) return false;
  if (step.name === undefined) return true;
  const name = nameOf(element);
  if (step.exact === true) return name === normalize(step.name);
  return name.toLowerCase().includes(normalize(step.name).toLowerCase());
}
