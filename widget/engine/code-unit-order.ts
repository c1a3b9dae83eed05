// Sorting ids, dates and param names by UTF-16 code units: they are ASCII (kebab-case ids, snake_case facts,
// YYYY-MM-DD), so this is the order a person expects, and unlike localeCompare it never builds an ICU collator
// (on a phone that first call took over 100 ms of start-up).
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
