import type { AiMode } from '../types';

/**
 * How a result was made, so nobody takes rule-based output for an AI's writing or the reverse: one sentence per mode,
 * chosen by the screen (`local` and `llm` texts).
 */
export function AiModeLabel({ mode, local, llm, testId }: { mode: AiMode; local: string; llm: string; testId?: string }) {
  return (
    <p className="badge ai-mode" data-testid={testId} data-mode={mode}>
      {mode === 'llm' ? llm : local}
    </p>
  );
}
