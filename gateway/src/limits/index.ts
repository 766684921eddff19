export { limitsConfigShape, limitsOf, type Limits } from './limits.config';
export { checkOperation, LimitError } from './operation.limits';
export { limitsPlugin } from './limits.plugin';
export { checkScalarsAtEdge } from './edge-scalars';
export { subscriptionLimits } from './subscribe.limits';
export {
  createTrustedDocuments,
  DEFAULT_TRUSTED_DOCUMENT_MANIFESTS,
  type TrustedDocuments,
} from './trusted-documents';
export { costInFlight } from './cost-in-flight';
