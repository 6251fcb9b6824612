/**
 * A local stand-in for a LibreTranslate-compatible server: POST /translate with {q, source, target,
 * format, api_key?} answers {translatedText}. `mode` picks its behaviour, so tests can try every way
 * the real one may fail. It records every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stub answers. */
export type StubMode =
  | 'ok' // lists and single texts
  | 'single' // single texts only: a list gets 400, as a server without batch support
  | 'error500' // 500 with {"error": "..."}
  | 'hang' // never answers
  | 'malformed' // 200 with a body that is not JSON
  | 'forbidden'; // 403, as for a wrong API key

/** One request the stub received. */
export interface StubRequest {
  readonly path: string;
  readonly body: { q?: unknown; source?: unknown; target?: unknown; format?: unknown; api_key?: unknown };
}

/** A running stub. */
export interface TranslateStub {
  readonly url: string;
  readonly requests: StubRequest[];
  mode: StubMode;
  close(): Promise<void>;
}

/**
 * Starts the stub on a free local port.
 * @param english what each text translates to; a text not listed becomes "EN(<text>)"
 */
export async function startTranslateStub(english: Readonly<Record<string, string>> = {}, mode: StubMode = 'ok'): Promise<TranslateStub> {
  const requests: StubRequest[] = [];
  const translate = (text: string) => english[text] ?? `EN(${text})`;
  const stub: TranslateStub = { url: '', requests, mode, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      raw += chunk;
    });
    req.on('end', () => {
      let body: StubRequest['body'] = {};
      try {
        body = JSON.parse(raw) as StubRequest['body'];
      } catch {}
      requests.push({ path: req.url ?? '', body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method !== 'POST' || req.url !== '/translate') return json(404, { error: 'Not Found' });
      switch (stub.mode) {
        case 'hang':
          return; // the client's time-out ends it
        case 'error500':
          return json(500, { error: 'Translation model crashed' });
        case 'forbidden':
          return json(403, { error: 'Invalid API key' });
        case 'malformed':
          res.writeHead(200, { 'content-type': 'text/html' });
          return res.end('<html>Bad gateway</html>');
        default:
          if (Array.isArray(body.q)) {
            if (stub.mode === 'single') return json(400, { error: 'Invalid request: q must be a string' });
            return json(200, { translatedText: body.q.map((t) => translate(String(t))) });
          }
          if (typeof body.q !== 'string') return json(400, { error: 'Invalid request: missing q parameter' });
          return json(200, { translatedText: translate(body.q) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A short Arabic article (written for these tests) and what the stub translates its sentences to. */
export const ARABIC_ARTICLE = [
  'أعلن رئيس بلدية دنفر مايك جونستون يوم الاثنين افتتاح ثلاثمئة مسكن جديد في فبراير. وقال جونستون إن مجلس المدينة وافق على الخطة بعد نقاش طويل.',
  'وأضاف أن المساكن ستخصص للعائلات التي فقدت منازلها في الفيضانات.',
].join('\n');
export const ARABIC_ENGLISH: Readonly<Record<string, string>> = {
  'أعلن رئيس بلدية دنفر مايك جونستون يوم الاثنين افتتاح ثلاثمئة مسكن جديد في فبراير.':
    'Denver Mayor Mike Johnston announced on Monday the opening of three hundred new homes in February.',
  'وقال جونستون إن مجلس المدينة وافق على الخطة بعد نقاش طويل.': 'Johnston said the city council approved the plan after a long debate.',
  // Tabs and line breaks in an answer must not break the one-line-a-sentence file.
  'وأضاف أن المساكن ستخصص للعائلات التي فقدت منازلها في الفيضانات.': 'He added that the homes\twill go to families\nwho lost their houses in the floods.',
};
