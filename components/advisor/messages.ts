/** The UI-string prefixes the advisor island is given (see messagesFor). */
export const ADVISOR_MESSAGES = ['advisor.', 'device.', 'kernel.', 'isolation.', 'resources.', 'billing.', 'input.problem.', 'link.', 'ui.'] as const;
