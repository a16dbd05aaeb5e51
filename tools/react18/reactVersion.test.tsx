import { QueryClientContext } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useContext, version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';

// A hook call fails ("invalid hook call") when the renderer and this module hold two copies of React.
function ReadsQueryClientContext() {
  return <span>{String(useContext(QueryClientContext) === undefined)}</span>;
}

// Guards the react18 project itself: every React it loads is 18.3, one copy, so a passing run means React 18 ran.
describe('the react18 test project', () => {
  it('runs React and React DOM 18.3', () => {
    expect(version).toMatch(/^18\.3\./);
    expect(domVersion).toMatch(/^18\.3\./);
  });

  it('gives Testing Library, react-query and the server renderer that same React', () => {
    expect(render(<ReadsQueryClientContext />).container.textContent).toBe('true');
    expect(renderToString(<ReadsQueryClientContext />)).toBe('<span>true</span>');
  });
});
