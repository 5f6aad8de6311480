// XML text and attribute escaping; characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) are dropped, because no escape makes them legal.
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXml(text: string): string {
  return text.replace(INVALID, "");
}

export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values also keep their line breaks and tabs (parsers would otherwise normalise them to spaces). */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
