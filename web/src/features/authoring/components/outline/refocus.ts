/**
 * After a reorder, React moves rows in the DOM and a moved button may lose the focus: give it back on the next frame
 * to the first element found (e.g. the same "move up" button, else "move down" when it reached the top).
 */
export function refocus(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !element.hasAttribute('disabled')) {
        element.focus();
        return;
      }
    }
  });
}
