/**
 * The bytes of a PDFKit document, collected as it streams: call before drawing, await after
 * `doc.end()`. Every PDF writer ends the same way, so it is written once.
 */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
