/** The UI-string prefixes a calculator island is given (see messagesFor). */
export function calculatorMessages(calcId: string): string[] {
  const p = `calc.${calcId}.`;
  return [`${p}name`, `${p}output`, `${p}field.`, `${p}choice.`, `${p}row.`, `${p}col.`, `${p}notBest`, 'calc.ui.', 'calc.unit.', 'input.problem.', 'link.', 'ui.'];
}
