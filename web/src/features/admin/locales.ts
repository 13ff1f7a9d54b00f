export const fr = {};

export const en: typeof fr = {};
