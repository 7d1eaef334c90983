// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Notice } from './notice.js';

afterEach(cleanup);

describe('Notice', () => {
  it('announces errors as alerts and the rest as status', () => {
    render(
      <>
        <Notice tone="danger">Could not save</Notice>
        <Notice>Saved</Notice>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Could not save');
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });
});
