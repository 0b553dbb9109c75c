import mammoth from 'mammoth';
import { getDocumentProxy, extractText as pdfText } from 'unpdf';

/** The most resume text kept for search; longer documents are cut here. */
const MAX_TEXT = 100_000;

/**
 * The plain text of a resume, for search. A document we cannot read (a scanned PDF, a damaged
 * file) gives an empty string rather than refusing the upload: the file itself is still useful.
 */
export async function extractResumeText(data: Buffer, mimeType: string): Promise<string> {
  try {
    if (mimeType === 'application/pdf') {
      const pdf = await getDocumentProxy(new Uint8Array(data));
      try {
        const { text } = await pdfText(pdf, { mergePages: true });
        return tidy(text);
      } finally {
        await pdf.cleanup();
      }
    }
    const { value } = await mammoth.extractRawText({ buffer: data });
    return tidy(value);
  } catch {
    return '';
  }
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}
