// Prints the text of the PDF given on stdin (pdf-parse). A child process, because pdf.js loads
// its worker with a dynamic import that jest's module sandbox does not allow.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
process.stdout.write((await parser.getText()).text);
await parser.destroy();
