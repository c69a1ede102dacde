import { ADR_MESSAGE_PREFIXES } from '../../src/present/adr';

/**
 * The UI-string prefixes the matrix island is given (one language, only these keys: see messagesFor): the decision
 * record's, which the island writes, and the island's own.
 */
export const MATRIX_MESSAGES = [...ADR_MESSAGE_PREFIXES, 'md.', 'link.', 'input.problem.', 'ui.', 'calc.unit.'] as const;
