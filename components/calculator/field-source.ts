/** Where a field's default comes from, as the island shows it next to the field. */
export type FieldSource = { kind: 'primary'; title: string; url: string } | { kind: 'original' } | { kind: 'assumed' };
