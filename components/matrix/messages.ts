/** The UI-string prefixes the matrix island is given (one language, only these keys: see messagesFor). */
export const MATRIX_MESSAGES = ['matrix.', 'sens.', 'md.', 'col.option', 'link.', 'input.problem.', 'robust.'] as const;
