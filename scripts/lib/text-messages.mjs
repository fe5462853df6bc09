// Reads the `text(id, english, values)` calls of a lit-localize unit as lit-localize's own
// messages, so that lit-localize (its XLIFF writer, its checks, its run-time locale modules)
// handles them as it handles `msg()`.
//
// Why our own extraction: lit-localize's extractor recognises only `msg()` (by a brand on its
// type) with the English first and the id in an options object, and `str` templates whose
// placeholders are source expressions (`${channel}`). Our sentences are `text(id, english,
// values)` with `{name}` placeholders that a host's override uses too. So we find the calls
// ourselves (any call of a function or method named `text`, or core's `translate`, whose first
// argument is a string literal) and hand lit-localize `ProgramMessage`s: the English split into text and
// `{name}` placeholders, which the XLIFF shows as `<x equiv-text="{name}"/>` so translators
// cannot break them and lit-localize checks that every translation keeps them.

const placeholder = /\{(\w+)\}/g;
// Markup named in a sentence (`<prefs-provider>`) is code, not words: it is untranslatable too.
// It must be, for a second reason: lit-localize writes a translation's text into its locale
// module HTML-escaped (it assumes lit `html` templates), so a `<` left in translated text would
// reach the customer as `&lt;`; an untranslatable piece is written as it is.
const untranslatable = /\{\w+\}|<[^<>]*>/g;

/** `['Hello ', { untranslatable: '{name}', index: 0 }, '!']`, as lit-localize's messages hold them. */
export function splitPlaceholders(english) {
  const contents = [];
  let last = 0;
  let index = 0;
  for (const match of english.matchAll(untranslatable)) {
    if (match.index > last) contents.push(english.slice(last, match.index));
    contents.push({ untranslatable: match[0], index: index++ });
    last = match.index + match[0].length;
  }
  if (last < english.length || !contents.length) contents.push(english.slice(last));
  return contents;
}

/** The `{name}`s of a sentence, in order. */
export const placeholderNames = (english) => [...english.matchAll(placeholder)].map((m) => m[1]);

function isTextCall(ts, node) {
  if (!ts.isCallExpression(node) || node.arguments.length < 2) return false;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  const named = name === 'text' || name === 'translate';
  return named && ts.isStringLiteralLike(node.arguments[0]);
}

const staticString = (ts, node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;

/** The keys of an object literal of values, or `undefined` when it is not a plain literal. */
function literalKeys(ts, node) {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  const keys = [];
  for (const property of node.properties) {
    if (ts.isShorthandPropertyAssignment(property)) keys.push(property.name.text);
    else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
      keys.push(property.name.text);
    else return undefined;
  }
  return keys;
}

/**
 * A note for translators, written just before the call as `/* l10n: … *\/` (text() has no
 * description argument: a note is for the XLIFF only, so it costs the bundle nothing).
 */
function translatorNote(ts, file, node) {
  const notes = (ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? [])
    .map((range) => file.text.slice(range.pos, range.end))
    .map((comment) => comment.match(/^\/\*\s*l10n:\s*([\s\S]*?)\s*\*\/$/)?.[1])
    .filter(Boolean)
    .map((note) => note.replace(/\s*\n\s*\*?\s*/g, ' '));
  return notes.length ? notes.join(' ') : undefined;
}

/**
 * `{ messages, errors }` of the `text()` calls in `sourceFiles`: `messages` are lit-localize
 * `ProgramMessage`s; `errors` are TypeScript diagnostics for a call lit-localize could not
 * translate (English that is not a literal, placeholders that the values do not name, one id
 * with two different sentences).
 */
export function extractTextMessages(ts, sourceFiles) {
  const byId = new Map();
  const errors = [];
  const error = (file, node, messageText) =>
    errors.push({
      file,
      start: node.getStart(file),
      length: node.getWidth(file),
      messageText,
      category: ts.DiagnosticCategory.Error,
      code: 9001,
    });
  for (const file of sourceFiles) {
    const visit = (node) => {
      if (isTextCall(ts, node)) {
        const [idNode, englishNode, valuesNode] = node.arguments;
        const id = idNode.text;
        const english = staticString(ts, englishNode);
        if (english === undefined) {
          error(file, englishNode, `text('${id}', …): the English must be a string literal, for extraction`);
        } else {
          const keys = literalKeys(ts, valuesNode);
          const names = placeholderNames(english);
          if (keys) {
            const unnamed = names.filter((name) => !keys.includes(name));
            const unused = keys.filter((key) => !names.includes(key));
            if (unnamed.length || unused.length) {
              error(
                file,
                node,
                `text('${id}', …): placeholders {${names.join('}, {')}} and values ${JSON.stringify(keys)} differ`,
              );
            }
          } else if (names.length && !valuesNode) {
            error(file, node, `text('${id}', …) has placeholders {${names.join('}, {')}} but no values`);
          }
          const seen = byId.get(id);
          if (seen && seen.english !== english) {
            error(file, node, `text('${id}', …) is also '${seen.english}' elsewhere: one id, one sentence`);
          } else if (!seen) {
            byId.set(id, {
              english,
              message: {
                name: id,
                file,
                node,
                contents: splitPlaceholders(english),
                desc: translatorNote(ts, file, node),
                tag: undefined,
              },
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { messages: [...byId.values()].map((entry) => entry.message), errors };
}
