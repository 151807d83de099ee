/**
 * The one call every attestation step goes through (testing, interview, decision, cancel, appeal):
 * sent with the attestation's version and `lang`, so a stage the rules refuse comes back as the
 * server's own sentence in the page's language.
 */
import type { Attestation } from '../../api/hr';
import type { paths } from '../../api/schema';
import { api, call } from '../../api/session';
import type { Lang } from '../../i18n';

export type Step = NonNullable<
  paths['/v1/orgs/{orgId}/attestations/{attestationId}/steps']['post']['requestBody']
>['content']['application/json']['step'];

/** Record one step of an attestation, in the page's language. */
export function recordStep(orgId: string, attestation: Attestation, step: Step, lang: Lang) {
  return call(
    api.POST('/v1/orgs/{orgId}/attestations/{attestationId}/steps', {
      params: { path: { orgId, attestationId: attestation.id }, query: { lang } },
      body: { version: attestation.version, step },
    }),
  );
}
