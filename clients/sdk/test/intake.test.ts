import {
  ForbiddenError,
  MyReportsDocument,
  ReportByReferenceDocument,
  SubmitReportDocument,
} from '../src';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { sdkClient } from './kit';

/** A partner's own system reporting through the SDK: typed operations, a receipt, a safe retry. */
describe('partner intake through the SDK', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  it('submits a report, sends it again safely, and reads back what it wrote', async () => {
    const client = sdkClient(hub.url, await hub.token('astra', ['MEMBER']));
    const input = {
      channel: 'HOTLINE' as const,
      person: { givenName: 'Синтетичка', phone: '+381 60 555 0202' },
      account: 'Synthetic: a hotline call through the SDK.',
    };
    const { data } = await client.request(SubmitReportDocument, {
      input,
      idempotencyKey: 'sdk-intake-1',
    });
    const again = await client.request(SubmitReportDocument, {
      input,
      idempotencyKey: 'sdk-intake-1',
    });
    expect(again.data.submitReport).toEqual(data.submitReport);

    const own = await client.request(ReportByReferenceDocument, {
      reference: data.submitReport.reference,
    });
    expect(own.errors).toEqual([]);
    expect(own.data.reportByReference).toMatchObject({
      givenName: 'Синтетичка',
      phone: '+381 60 555 0202',
      account: input.account,
      case: null,
    });
    const mine = await client.request(MyReportsDocument, { first: 10 });
    expect(mine.data.myReports.map((report) => report.reference)).toEqual([
      data.submitReport.reference,
    ]);
  });

  it('refuses the Centre with a typed error', async () => {
    const client = sdkClient(hub.url, await hub.token('centre', ['CASE_WORKER']));
    await expect(
      client.request(SubmitReportDocument, { input: { channel: 'OTHER' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
