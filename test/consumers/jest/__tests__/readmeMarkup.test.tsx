// The README's markup example is what React renders: the block is written from the README into readme/ (see
// prepareConsumer.js) and compared to a render of the README's third test, without the README's line breaks and
// indentation, and with attributes in alphabetical order on both sides (their order means nothing in HTML).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { ResendCodeButton } from 'react-cognito-resend';
import { createFakeResendClient, resetCooldowns, seedCooldown } from 'react-cognito-resend/testing';

/** The markup of `container`'s content with every element's attributes sorted by name. */
function withSortedAttributes(container: Element): string {
  const copy = container.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('*')) {
    const attributes = [...element.attributes].map(({ name, value }) => ({ name, value }));
    for (const { name } of attributes) element.removeAttribute(name);
    attributes.sort((first, second) => first.name.localeCompare(second.name));
    for (const { name, value } of attributes) element.setAttribute(name, value);
  }
  return copy.innerHTML;
}

function readmeMarkup(): Element {
  const text = readFileSync(join(__dirname, '..', 'readme', 'cooldownMarkup.html'), 'utf8');
  const container = document.createElement('div');
  container.innerHTML = text.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
  return container;
}

afterEach(() => resetCooldowns());

test("the README's markup is what React renders for a user in cooldown", () => {
  const username = 'jane@example.com';
  const client = createFakeResendClient();
  seedCooldown({ userPoolId: client.userPoolId, clientId: client.clientId, username, secondsLeft: 42 });

  const { container } = render(<ResendCodeButton username={username} client={client} />);

  expect(withSortedAttributes(container)).toBe(withSortedAttributes(readmeMarkup()));
});
