import { lazy } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { defineSlot } from './slots';

describe('defineSlot', () => {
  it('renders nothing until filled, then the filling with the props it was given', () => {
    const slot = defineSlot<{ courseId: string }>('test');
    const { container, rerender } = render(<slot.Render courseId="c1" />);
    expect(container).toBeEmptyDOMElement();

    slot.fill(({ courseId }) => <p>Cours {courseId}</p>);
    rerender(<slot.Render courseId="c2" />);
    expect(screen.getByText('Cours c2')).toBeInTheDocument();
  });

  it('waits for a lazy filling without suspending the page around it', async () => {
    const slot = defineSlot('lazy');
    slot.fill(lazy(async () => ({ default: () => <p>Chargé</p> })));
    render(
      <main>
        <h1>Page</h1>
        <slot.Render />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Page' })).toBeInTheDocument();
    expect(await screen.findByText('Chargé')).toBeInTheDocument();
  });

  it('leaves out a filling that fails, and the page stays', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const slot = defineSlot('broken');
    slot.fill(() => {
      throw new Error('boom');
    });
    render(
      <main>
        <h1>Page</h1>
        <slot.Render />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Page' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(/^Page$/);
    error.mockRestore();
  });
});
