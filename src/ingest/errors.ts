/** A problem with one input file, reported as `file:line: message`. */
export interface IngestError {
  file: string;
  line: number;
  message: string;
}

export function formatError(e: IngestError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** Line number (1-based) of a UTF-16 offset in `content`. */
export function lineOf(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < content.length; i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}
