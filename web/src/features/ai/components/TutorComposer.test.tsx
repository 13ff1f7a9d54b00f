import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { maxQuestionLength, TutorComposer } from './TutorComposer';

function Harness({ onSend, onStop = () => {}, streaming = false, initial = '' }: { onSend: (q: string) => void; onStop?: () => void; streaming?: boolean; initial?: string }) {
  const [value, setValue] = useState(initial);
  return <TutorComposer value={value} onChange={setValue} onSend={onSend} onStop={onStop} streaming={streaming} />;
}

describe('TutorComposer', () => {
  it('sends the trimmed question with Enter and goes to a new line with Shift+Enter', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    renderWithProviders(<Harness onSend={onSend} />);
    const input = screen.getByLabelText('Votre question');
    await user.type(input, '  Première ligne{Shift>}{Enter}{/Shift}seconde');
    expect(input).toHaveValue('  Première ligne\nseconde');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledExactlyOnceWith('Première ligne\nseconde');
  });

  it('does not send an empty question', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    renderWithProviders(<Harness onSend={onSend} />);
    await user.type(screen.getByLabelText('Votre question'), '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByTestId('tutor-send')).toBeDisabled();
  });

  it('stops at the service’s limit and counts the characters', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness onSend={() => {}} initial={'a'.repeat(maxQuestionLength - 2)} />);
    const input = screen.getByLabelText('Votre question');
    expect(input).toHaveAttribute('maxlength', '2000');
    await user.type(input, 'bcdef');
    expect((input as HTMLTextAreaElement).value).toHaveLength(maxQuestionLength);
    expect(screen.getByText(/2\s000 \/ 2\s000 caractères/)).toBeInTheDocument();
  });

  it('while an answer is written: no sending, a Stop button instead', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const onStop = vi.fn();
    renderWithProviders(<Harness onSend={onSend} onStop={onStop} streaming initial="Et les filtres ?" />);
    expect(screen.getByTestId('tutor-send')).toBeDisabled();
    await user.type(screen.getByLabelText('Votre question'), '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Arrêter' }));
    expect(onStop).toHaveBeenCalledOnce();
  });
});
