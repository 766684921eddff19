import path from 'node:path';
import { toLatin } from '@hub/sdk';
import PDFDocument from 'pdfkit';
import { fill, LOCALE, WORDS, type ReportLanguage } from './labels';

/** What the gateway reads through itself (caseAccessReport) to make the PDF. */
export interface AccessReportData {
  caseCode: string;
  from: string | null;
  to: string;
  verification: { lastEntryId: string | null; lastEntryAt: string | null; checkedAt: string };
  lines: {
    partner: { code: string; name: string } | null;
    partnerCode?: string;
    category: string;
    decision: string;
    basis: string;
    entries: number;
    users: number;
    firstAt: string;
    lastAt: string;
  }[];
  breakGlassSessions: {
    supervisor: string;
    justification: string;
    startedAt: string;
    expiresAt: string;
    reviewedBy: string | null;
    reviewedAt: string | null;
    reviewNote: string | null;
  }[];
}

/** DejaVu Sans has every Serbian Cyrillic and Latin letter; the TTF comes from its npm package. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const COLUMNS = [140, 90, 60, 85, 35, 40, 65] as const;

/**
 * The person's access report as a PDF in one language: the case code (never the person's name —
 * the file travels, printed or mailed, and the code is enough for the person and the Centre to
 * match it), the period, the verification statement, the lines and the break-glass sessions.
 */
export function renderAccessReport(
  report: AccessReportData,
  language: ReportLanguage,
): Promise<Buffer> {
  const words = WORDS[language];
  const show = (text: string) => (language === 'sr-Latn' ? toLatin(text) : text);
  const format = new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Belgrade',
  });
  const when = (iso: string | null) => (iso ? format.format(new Date(iso)) : '—');
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: words.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);

  doc.font('bold').fontSize(16).text(words.title);
  doc.font('regular').fontSize(10).moveDown(0.5).text(words.intro);
  doc.moveDown(0.5);
  doc.text(`${words.caseCode}: ${report.caseCode}`);
  doc.text(`${words.period}: ${when(report.from)} – ${when(report.to)}`);
  doc.text(`${words.generated}: ${when(report.verification.checkedAt)}`);
  doc.moveDown(0.5);
  doc.text(
    fill(words.verified, {
      id: report.verification.lastEntryId ?? '0',
      at: when(report.verification.lastEntryAt),
    }),
  );
  doc.moveDown();

  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8);
    const top = doc.y;
    let x = doc.page.margins.left;
    let bottom = top;
    cells.forEach((cell, i) => {
      doc.text(cell, x, top, { width: COLUMNS[i] - 4 });
      bottom = Math.max(bottom, doc.y);
      x += COLUMNS[i];
    });
    doc.x = doc.page.margins.left;
    doc.y = bottom + 3;
    if (doc.y > doc.page.height - 80) {
      doc.addPage();
    }
  };
  if (report.lines.length === 0) {
    doc.text(words.empty);
  } else {
    row(
      [
        words.partner,
        words.category,
        words.decision,
        words.basis,
        words.entries,
        words.users,
      ].concat(`${words.first} / ${words.last}`),
      'bold',
    );
    for (const line of report.lines) {
      row(
        [
          show(line.partner?.name ?? line.partnerCode ?? '—'),
          words.categories[line.category] ?? line.category,
          words.decisions[line.decision] ?? line.decision,
          words.bases[line.basis] ?? line.basis,
          String(line.entries),
          String(line.users),
          `${when(line.firstAt)}\n${when(line.lastAt)}`,
        ],
        'regular',
      );
    }
  }
  doc.moveDown();
  doc.font('bold').fontSize(12).text(words.breakGlass);
  doc.font('regular').fontSize(10);
  if (report.breakGlassSessions.length === 0) {
    doc.text(words.noBreakGlass);
  }
  for (const session of report.breakGlassSessions) {
    doc.moveDown(0.3).text(
      fill(words.session, {
        supervisor: session.supervisor,
        startedAt: when(session.startedAt),
        expiresAt: when(session.expiresAt),
        justification: show(session.justification),
      }),
    );
    doc.text(
      session.reviewedBy
        ? fill(words.reviewed, {
            reviewedBy: session.reviewedBy,
            reviewedAt: when(session.reviewedAt),
            note: show(session.reviewNote ?? ''),
          })
        : words.notReviewed,
    );
  }
  doc.end();
  return done;
}
