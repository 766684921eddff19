import { ErrorCode } from '@hub/common/errors';
import { describeFault, sendError } from '@hub/common/http';
import type { Logger } from '@hub/common/logger';
import { UUID } from '@hub/common/vocabulary';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { randomUUID } from 'node:crypto';
import type { GatewayContext } from '../context';
import { REPORT_LANGUAGES, type ReportLanguage } from './labels';
import { renderAccessReport, type AccessReportData } from './pdf';

/** Read through the gateway itself, so the cases subgraph decides who may have it. */
const QUERY = /* GraphQL */ `
  query AccessReportPdf($caseId: ID!) {
    caseAccessReport(caseId: $caseId) {
      caseCode
      from
      to
      verification {
        lastEntryId
        lastEntryAt
        checkedAt
      }
      lines {
        partner {
          code
          name
        }
        category
        decision
        basis
        entries
        users
        firstAt
        lastAt
      }
      breakGlassSessions {
        supervisor
        justification
        startedAt
        expiresAt
        reviewedBy
        reviewedAt
        reviewNote
      }
    }
  }
`;

/** The HTTP status each refusal of caseAccessReport is answered with. */
const STATUS: Record<string, number> = {
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.ACCESS_LOG_BROKEN]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * GET /reports/access/<caseId>.pdf?lang=sr-Cyrl|sr-Latn|en for an authenticated caller: the
 * person's access report as a PDF. A refusal is JSON with the stable code caseAccessReport gave.
 */
export function accessReportRouter(
  apollo: ApolloServer<GatewayContext>,
  log: Logger,
): express.Router {
  const router = express.Router();
  router.get('/access/:file', async (req, res) => {
    const context = res.locals.context as GatewayContext;
    const caseId = /^(.+)\.pdf$/.exec(req.params.file)?.[1] ?? '';
    const lang = (req.query.lang ?? 'sr-Cyrl') as string;
    if (!UUID.test(caseId)) {
      sendError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        'No such report: the address is /reports/access/<case id>.pdf.',
      );
      return;
    }
    if (!(REPORT_LANGUAGES as readonly string[]).includes(lang)) {
      sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `lang is one of ${REPORT_LANGUAGES.join(', ')}.`,
      );
      return;
    }
    try {
      const response = await apollo.executeOperation(
        { query: QUERY, variables: { caseId } },
        { contextValue: { caller: context.caller, requestId: context.requestId ?? randomUUID() } },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      const report = result?.data?.caseAccessReport as AccessReportData | null | undefined;
      const refusal = result?.errors?.[0];
      if (!report || refusal) {
        const code = String(refusal?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
        sendError(res, STATUS[code] ?? 500, code, refusal?.message ?? 'No report could be made.');
        return;
      }
      const pdf = await renderAccessReport(report, lang as ReportLanguage);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="access-report-${report.caseCode}-${lang}.pdf"`,
      );
      res.end(pdf);
    } catch (error) {
      log.error(
        { requestId: context.requestId, err: describeFault(error) },
        'access report failed',
      );
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The report could not be made.');
    }
  });
  return router;
}
