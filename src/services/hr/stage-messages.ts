/** Why a stage of an attestation cannot be recorded, in kk, ru and en (the catalogue's `hr.stage.*`). */
import type { StageProblem } from '../../domain/hr/attestation-stages.js';
import type { Lang } from '../../domain/shared/localize.js';
import { ATTESTATION_STAGE_PROBLEMS } from '../../domain/shared/messages/attestation-stages.js';

export const stageMessage = (problem: StageProblem, lang: Lang): string => ATTESTATION_STAGE_PROBLEMS[problem][lang];
