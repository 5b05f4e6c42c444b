/** One `variable.property = expression` of a Cypher SET fragment. */
export interface SetAssignment {
  property: string;
  expression: string;
}

/**
 * The assignments of a SET fragment written for `variable` (`a.email = row.email, a.kind = coalesce(…, …)`),
 * split on its top-level commas, so a fragment that writes a record can also say whether a stored
 * record already holds what it would write.
 */
export function setAssignments(fragment: string, variable: string): SetAssignment[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < fragment.length; i++) {
    const char = fragment.charAt(i);
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(fragment.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(fragment.slice(start));
  const prefix = `${variable}.`;
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const equals = part.indexOf('=');
      const target = part.slice(0, equals).trim();
      if (equals < 0 || !target.startsWith(prefix)) throw new Error(`not an assignment to ${variable}: ${part}`);
      return { property: target.slice(prefix.length), expression: part.slice(equals + 1).trim() };
    });
}
