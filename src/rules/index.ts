/**
 * The gap rules, in the order of the catalogue (docs/rules/README.md). Each lives in its own file
 * named by its id, with a page docs/rules/<id>.md and tests under test/rules/.
 */
import type { RuleInfo } from '../model/rule.js';
import type { Rule } from '../check/types.js';
import controllerContact from './controller-contact.js';
import dpoContact from './dpo-contact.js';
import purposeStated from './purpose-stated.js';
import subjectsAndData from './subjects-and-data.js';
import recipientsStated from './recipients-stated.js';
import renamedBody from './renamed-body.js';
import transferDestination from './transfer-destination.js';
import retentionDefined from './retention-defined.js';
import securityMeasures from './security-measures.js';
import jointControllerArrangement from './joint-controller-arrangement.js';
import legalBasisPerPurpose from './legal-basis-per-purpose.js';
import singleBasisPerPurpose from './single-basis-per-purpose.js';
import publicTaskNotLegitimateInterest from './public-task-not-legitimate-interest.js';
import vitalInterests from './vital-interests.js';
import supplementaryLaw from './supplementary-law.js';
import disclosureOrderIntrusive from './disclosure-order-intrusive.js';
import specialCategoryCondition from './special-category-condition.js';
import specialCategoryLaw from './special-category-law.js';
import researchSafeguards from './research-safeguards.js';
import researchDpoConsulted from './research-dpo-consulted.js';
import criminalDataBasis from './criminal-data-basis.js';
import nationalIdJustified from './national-id-justified.js';
import consentWithdrawal from './consent-withdrawal.js';
import consentForPublicTask from './consent-for-public-task.js';
import childConsentAge from './child-consent-age.js';
import legitimateInterestAssessment from './legitimate-interest-assessment.js';
import transferMechanism from './transfer-mechanism.js';
import adequacyCountry from './adequacy-country.js';
import usDpfCertified from './us-dpf-certified.js';
import publicAuthorityDerogation from './public-authority-derogation.js';
import derogationDocumented from './derogation-documented.js';
import eeaNotTransfer from './eea-not-transfer.js';
import processorAgreement from './processor-agreement.js';
import subprocessorAuthorised from './subprocessor-authorised.js';
import processorLocation from './processor-location.js';
import processorRecord from './processor-record.js';
import adequacyListAge from './adequacy-list-age.js';
import referenceDataAge from './reference-data-age.js';
import dpiaRequired from './dpia-required.js';
import dpiaScreening from './dpia-screening.js';
import priorConsultation from './prior-consultation.js';
import noticeSource from './notice-source.js';
import noticeArt14 from './notice-art14.js';
import noticePublished from './notice-published.js';
import noticeMandatory from './notice-mandatory.js';
import complaintRight from './complaint-right.js';
import rightsFreeOfCharge from './rights-free-of-charge.js';
import rightsRestrictionReference from './rights-restriction-reference.js';
import automatedDecisionLogic from './automated-decision-logic.js';
import automatedDecisionBasis from './automated-decision-basis.js';
import permanentRetentionBasis from './permanent-retention-basis.js';
import anonymisationDeadline from './anonymisation-deadline.js';
import reviewOverdue from './review-overdue.js';
import acceptedGapExpired from './accepted-gap-expired.js';
import consentValid from './consent-valid.js';
import contractNecessity from './contract-necessity.js';
import applicantHealth from './applicant-health.js';
import employeeControl from './employee-control.js';
import repealedLaw from './repealed-law.js';
import retentionLimit from './retention-limit.js';
import retentionDuty from './retention-duty.js';

/** The groups of the catalogue, for the README table. */
export const RULE_GROUPS: readonly { id: string; rules: readonly Rule[] }[] = [
  {
    id: 'record',
    rules: [
      controllerContact,
      dpoContact,
      purposeStated,
      subjectsAndData,
      recipientsStated,
      renamedBody,
      transferDestination,
      retentionDefined,
      securityMeasures,
      jointControllerArrangement,
    ],
  },
  {
    id: 'legal-basis',
    rules: [
      legalBasisPerPurpose,
      singleBasisPerPurpose,
      publicTaskNotLegitimateInterest,
      vitalInterests,
      supplementaryLaw,
      disclosureOrderIntrusive,
      specialCategoryCondition,
      specialCategoryLaw,
      researchSafeguards,
      researchDpoConsulted,
      criminalDataBasis,
      nationalIdJustified,
      consentWithdrawal,
      consentForPublicTask,
      childConsentAge,
      legitimateInterestAssessment,
      consentValid,
      contractNecessity,
      applicantHealth,
      employeeControl,
      repealedLaw,
    ],
  },
  {
    id: 'transfers',
    rules: [
      transferMechanism,
      adequacyCountry,
      usDpfCertified,
      publicAuthorityDerogation,
      derogationDocumented,
      eeaNotTransfer,
      processorAgreement,
      subprocessorAuthorised,
      processorLocation,
      processorRecord,
      adequacyListAge,
      referenceDataAge,
    ],
  },
  { id: 'dpia', rules: [dpiaRequired, dpiaScreening, priorConsultation] },
  {
    id: 'notice',
    rules: [
      noticeSource,
      noticeArt14,
      noticePublished,
      noticeMandatory,
      complaintRight,
      rightsFreeOfCharge,
      rightsRestrictionReference,
      automatedDecisionLogic,
      automatedDecisionBasis,
    ],
  },
  { id: 'upkeep', rules: [permanentRetentionBasis, retentionLimit, retentionDuty, anonymisationDeadline, reviewOverdue, acceptedGapExpired] },
];

export const GAP_RULES: readonly Rule[] = RULE_GROUPS.flatMap((g) => g.rules);

export const GAP_RULE_IDS: readonly string[] = GAP_RULES.map((r) => r.meta.id);

/** Rule metadata for the shared formatters (SARIF, GitHub, JUnit). */
export function gapRuleInfo(): Map<string, RuleInfo> {
  return new Map(
    GAP_RULES.map(({ meta }) => [
      meta.id,
      { id: meta.id, severity: meta.severity, descriptionId: meta.descriptionId, citation: meta.citation, docsUrl: meta.docsUrl },
    ]),
  );
}
