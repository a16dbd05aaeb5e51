import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactElement, type ReactNode, type Ref, useCallback, useReducer } from 'react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { composeRefs } from '../../../src/components/composeRefs';
import { Slot } from '../../../src/components/Slot';

// Slot is typed for one element; these tests also pass what JavaScript callers (or a cast) can pass.
function renderSlot(children: ReactNode, ref?: Ref<HTMLElement>) {
  return render(
    <Slot ref={ref} className="ours" data-state="ready">
      {children as ReactElement}
    </Slot>,
  );
}

const renderCounts = { renders: 0, attachments: 0 };

// The child's own ref, composed with the host's.
const childRef = createRef<HTMLButtonElement>();

// A host whose callback ref renders it again: with a new composed ref on every render, this would never settle.
function HostWithStatefulRef() {
  renderCounts.renders += 1;
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const ref = useCallback((node: HTMLElement | null) => {
    if (node) {
      renderCounts.attachments += 1;
      rerender();
    }
  }, []);
  return (
    <Slot ref={ref}>
      <button type="button" ref={childRef}>
        Resend
      </button>
    </Slot>
  );
}

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  // React reports a render error (and a misused ref) through console.error as well; the tests read it.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  consoleError.mockRestore();
});

describe('Slot', () => {
  it('renders its child with our props merged in, the child winning where both set a prop', () => {
    renderSlot(
      <a href="/sign-in" className="theirs" data-state="stale" title="Sign in">
        Sign in
      </a>,
    );

    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/sign-in');
    expect(link).toHaveClass('ours', 'theirs');
    expect(link).toHaveAttribute('data-state', 'ready');
    expect(link).toHaveAttribute('title', 'Sign in');
  });

  it("runs the child's click handler first and skips ours when the child prevents the default", async () => {
    const calls: string[] = [];
    const { rerender } = render(
      <Slot onClick={() => calls.push('ours')}>
        <button type="button" onClick={() => calls.push('theirs')}>
          Resend
        </button>
      </Slot>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Resend' }));
    expect(calls).toEqual(['theirs', 'ours']);

    calls.length = 0;
    rerender(
      <Slot onClick={() => calls.push('ours')}>
        <button
          type="button"
          onClick={(event) => {
            event.preventDefault();
            calls.push('theirs');
          }}
        >
          Resend
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Resend' }));
    expect(calls).toEqual(['theirs']);
  });

  it("sets both our ref and the child's own ref to the rendered element, without a React warning", () => {
    const ours = createRef<HTMLElement>();
    const theirs = createRef<HTMLAnchorElement>();

    renderSlot(
      <a href="/sign-in" ref={theirs}>
        Sign in
      </a>,
      ours,
    );

    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(ours.current).toBe(link);
    expect(theirs.current).toBe(link);
    // React 18 warns when `props.ref` is read, React 19 when `element.ref` is.
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("sets a child's callback ref and clears both refs when the element goes away", () => {
    const ours = createRef<HTMLElement>();
    const seen: (HTMLElement | null)[] = [];

    const { unmount } = renderSlot(
      <button type="button" ref={(node) => void seen.push(node)}>
        Resend
      </button>,
      ours,
    );
    const button = screen.getByRole('button', { name: 'Resend' });
    unmount();

    expect(seen).toEqual([button, null]);
    expect(ours.current).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('keeps one ref on the element across renders, so a ref that sets state does not render forever', () => {
    renderCounts.renders = 0;
    renderCounts.attachments = 0;

    render(<HostWithStatefulRef />);

    expect(childRef.current).toBe(screen.getByRole('button', { name: 'Resend' }));
    expect(renderCounts.attachments).toBe(1);
    expect(renderCounts.renders).toBeLessThan(5);
  });

  it.each([
    ['text', 'Resend'],
    ['two elements', [<span key="a">a</span>, <span key="b">b</span>]],
    ['nothing', undefined],
    ['a fragment', <>Resend</>],
  ])('explains that it needs exactly one element when given %s', (_what, children) => {
    // React 18 also reports a render error as an uncaught error event; the test reads the thrown error instead.
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    try {
      expect(() => renderSlot(children)).toThrow(
        'asChild needs exactly one element as its child, such as <a href="/sign-in">: not text, a list, a fragment or nothing.',
      );
    } finally {
      window.removeEventListener('error', quiet);
    }
  });
});

describe('composeRefs', () => {
  it('sets every ref, and clears them again when called with null', () => {
    const object = createRef<string>();
    const callback = vi.fn();
    const composed = composeRefs<string>(object, callback, undefined);

    expect(composed('node')).toBeUndefined();
    expect(object.current).toBe('node');
    expect(callback).toHaveBeenLastCalledWith('node');

    composed(null);
    expect(object.current).toBeNull();
    expect(callback).toHaveBeenLastCalledWith(null);
  });

  it('returns a cleanup when a callback ref returns one (React 19), which cleans up and clears the others', () => {
    const object = createRef<string>();
    const cleanup = vi.fn();
    const withCleanup = vi.fn(() => cleanup);
    const plain = vi.fn();
    const composed = composeRefs<string>(object, withCleanup, plain);

    const composedCleanup = composed('node');
    expect(composedCleanup).toEqual(expect.any(Function));
    expect(cleanup).not.toHaveBeenCalled();

    (composedCleanup as () => void)();
    expect(cleanup).toHaveBeenCalledTimes(1);
    // The ref that cleans up itself is not called with null as well; the others are cleared.
    expect(withCleanup).toHaveBeenCalledTimes(1);
    expect(plain).toHaveBeenLastCalledWith(null);
    expect(object.current).toBeNull();
  });
});
