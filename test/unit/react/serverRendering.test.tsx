// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import { createFakeResendClient } from '../../../src/testing/createFakeResendClient';

describe('server rendering', () => {
  it('renders a ready button without window, storage or timers', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ResendCodeButton
        username="jane@example.com"
        client={createFakeResendClient()}
        lastSentAt={Date.now()}
      />,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('>Resend code</span>');
    expect(html).toContain('role="status"');
    expect(html).not.toContain('jane');
  });
});
