// Where a problem is in the text: a checker's JSONPath ($.regelingen[2].status) as a source range, and a JSON
// syntax error at the place a person would fix it, in plain Dutch. jsonc-parser does the parsing; it keeps
// offsets, which JSON.parse does not.
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { lineColumn, pathKeys } from '../../engine/json-path.ts';

// The checker's path and position helpers, for the editor's callers and tests.
export { lineColumn, pathKeys };

export interface Place {
  from: number;
  to: number;
}

export interface SyntaxProblem extends Place {
  message: string;
}

/** The JSONPath of keys, in the form the checker writes. */
export function keysPath(keys: (string | number)[]): string {
  return keys.reduce<string>(
    (p, k) => (typeof k === 'number' ? `${p}[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${p}.${k}` : `${p}['${k}']`),
    '$',
  );
}

function nodeRange(node: Node): Place {
  const parent = node.parent;
  if (node.type === 'object' || node.type === 'array') {
    // A whole object would underline hundreds of lines: point at its name, or at its opening brace.
    const key = parent?.type === 'property' ? parent.children?.[0] : undefined;
    if (key) return { from: key.offset, to: key.offset + key.length };
    return { from: node.offset, to: node.offset + 1 };
  }
  return { from: node.offset, to: node.offset + node.length };
}

/**
 * The source range of a JSONPath in a parsed tree. A path into something that does not exist (a missing
 * field is reported at its parent, but a path may also be stale) falls back to the nearest existing parent.
 */
export function placeOfPath(root: Node | undefined, path: string): Place | null {
  const keys = pathKeys(path);
  if (!root || !keys) return null;
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? root : findNodeAtLocation(root, keys.slice(0, n));
    if (node) return nodeRange(node);
  }
  return null;
}

/** True when the path names a JSON text value (not an object, and not a key): a name that can be swapped. */
export function isTextValue(root: Node | undefined, path: string): boolean {
  const keys = pathKeys(path);
  return !!root && !!keys && findNodeAtLocation(root, keys)?.type === 'string';
}

export function parseForPlaces(text: string): Node | undefined {
  return parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
}

const WHITESPACE = /\s/;

/** The offset just after the last non-space character before `offset`. */
function afterPrevious(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && WHITESPACE.test(text[i - 1] ?? '')) i--;
  return i;
}

function describe(text: string, e: ParseError): SyntaxProblem {
  const at = { from: e.offset, to: Math.min(text.length, e.offset + Math.max(1, e.length)) };
  const before = afterPrevious(text, e.offset);
  const previous = text[before - 1];
  const code = printParseErrorCode(e.error);
  switch (code) {
    case 'CommaExpected':
      // The comma belongs after the previous value, not before the next one on the following line.
      return { from: before, to: before, message: 'Hier ontbreekt waarschijnlijk een komma (,).' };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (previous === ',' && /[}\]]/.test(text[e.offset] ?? ''))
        return {
          from: before - 1,
          to: before,
          message: 'Hier staat een komma te veel: na het laatste onderdeel komt geen komma.',
        };
      return code === 'ValueExpected'
        ? {
            ...at,
            message:
              'Hier verwachten we een waarde: een tekst tussen aanhalingstekens, een getal, true, false, een lijst [ ] of een blok { }.',
          }
        : { ...at, message: 'Hier verwachten we een naam tussen aanhalingstekens, zoals "title".' };
    case 'ColonExpected':
      return { from: before, to: before, message: 'Hier ontbreekt een dubbele punt (:) tussen de naam en de waarde.' };
    case 'CloseBraceExpected':
      return { from: before, to: before, message: 'Hier ontbreekt waarschijnlijk een } om het blok te sluiten (of een komma).' };
    case 'CloseBracketExpected':
      return { from: before, to: before, message: 'Hier ontbreekt waarschijnlijk een ] om de lijst te sluiten (of een komma).' };
    case 'UnexpectedEndOfString':
      return { ...at, message: 'Deze tekst is niet afgesloten: er ontbreekt een " aan het eind.' };
    case 'EndOfFileExpected':
      return { ...at, message: 'Het bestand is hier al afgesloten; wat hierna komt is te veel.' };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { ...at, message: 'Dit is geen geldig getal. Gebruik een punt voor decimalen: 1486.46.' };
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return { ...at, message: 'Een \\ in een tekst moet gevolgd worden door ", \\, /, n of u met 4 tekens.' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { ...at, message: 'Opmerkingen (// of /* */) mogen niet in dit bestand.' };
    default:
      return {
        ...at,
        message: 'Hier staat een teken dat niet in JSON past (bijvoorbeeld een enkel aanhalingsteken of een losse letter).',
      };
  }
}

/** The first JSON syntax error, where it is to be fixed; null when the text is valid JSON. */
export function syntaxProblem(text: string): SyntaxProblem | null {
  if (text.trim() === '') return { from: 0, to: 0, message: 'Het bestand is leeg.' };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first ? describe(text, first) : null;
}
