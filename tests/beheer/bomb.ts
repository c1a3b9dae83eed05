// A "condition bomb" for the tests: shared conditions that each use the previous one ten times, so the
// last one stands for 10^depth comparisons once expanded. Valid by the schema.
export function conditionBomb(text: string, depth = 6): { text: string; regelingIndex: number } {
  const file = JSON.parse(text);
  file.conditions['bom-0'] = { fact: 'leeftijd', operator: 'greaterThanInclusive', value: 18 };
  for (let i = 1; i <= depth; i++) {
    file.conditions[`bom-${i}`] = { any: Array.from({ length: 10 }, () => ({ condition: `bom-${i - 1}` })) };
  }
  const regelingIndex = 1;
  file.regelingen[regelingIndex].conditions = { all: [{ condition: `bom-${depth}` }] };
  return { text: `${JSON.stringify(file, null, 2)}\n`, regelingIndex };
}
