/**
 * A small valid PDF (one A4 page, Helvetica, WinAnsi encoding) with a few lines of text, for demo
 * and generated papers. `minBytes` pads the file with a comment block so size tests get big files
 * without a PDF library.
 */
export function minimalPdf(lines: readonly string[], minBytes = 0): Uint8Array<ArrayBuffer> {
  const text = lines.map((line, i) => `${i === 0 ? '' : '0 -22 Td '}(${pdfString(line)}) Tj`).join('\n');
  const content = `BT /F1 ${lines.length > 1 ? 13 : 16} Tf 72 770 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];

  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const padding = paddingComment(minBytes - body.length);
  const xrefOffset = body.length + padding.length;
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
  ].join('');

  const head = latin1Bytes(body);
  const tail = latin1Bytes(xref);
  const pdf = new Uint8Array(head.length + padding.length + tail.length);
  pdf.set(head, 0);
  pdf.set(padding, head.length);
  pdf.set(tail, head.length + padding.length);
  return pdf;
}

/** WinAnsi codes of the typographic characters German texts use beyond Latin-1. */
const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = {
  '€': 0x80,
  '„': 0x84,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** Text for a PDF string literal in WinAnsi: Latin-1 covers German letters; anything else becomes "?". */
function pdfString(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch.charCodeAt(0) <= 0xff) return ch;
      const code = WIN_ANSI_EXTRA[ch];
      return code === undefined ? '?' : String.fromCharCode(code);
    })
    .join('')
    .replace(/[\\()]/g, (ch) => `\\${ch}`);
}

function latin1Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

/** Comment lines ("%" … newline) of about `bytes` bytes; empty when no padding is needed. */
function paddingComment(bytes: number): Uint8Array<ArrayBuffer> {
  if (bytes <= 0) return new Uint8Array(0);
  const padding = new Uint8Array(bytes).fill(0x20);
  for (let lineStart = 0; lineStart < bytes; lineStart += 80) {
    padding[lineStart] = 0x25; // %
    padding[Math.min(lineStart + 79, bytes - 1)] = 0x0a; // newline
  }
  return padding;
}
