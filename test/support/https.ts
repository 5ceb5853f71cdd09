// httpRequest (http.ts) with its `tls` option, under the name test/e2e/jwt-mtls.e2e.test.ts
// imports; goes once that suite calls httpRequest(url, { tls }) itself.
import { httpRequest, type HttpOptions, type HttpResult, type TlsOptions } from './http.ts';

export type HttpsOptions = Omit<HttpOptions, 'tls'> & TlsOptions;

export function httpsRequest(url: string, { caFile, client, ...rest }: HttpsOptions): Promise<HttpResult> {
  return httpRequest(url, { ...rest, tls: { caFile, client } });
}
