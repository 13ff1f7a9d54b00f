/**
 * For tests: a French sentence written with plain spaces, as the locales write it (non-breaking spaces inside « »
 * and before : % ; ? !, typographic apostrophes). Accessible names keep these characters; getByText folds spaces.
 */
export function french(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([:%])/g, '\u00a0$1')
    .replace(/ ([?!;])/g, '\u202f$1');
}
