/** The UI-string prefixes the matrix island is given (one language, only these keys: see messagesFor); they hold the decision record's. */
export const MATRIX_MESSAGES = ['matrix.', 'sens.', 'md.', 'col.option', 'link.', 'input.problem.', 'ui.', 'robust.', 'adr.', 'calc.unit.'] as const;
