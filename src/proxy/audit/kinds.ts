/** Audit entry kinds, re-exported from the shared console API so the proxy and console agree. */
export { auditKinds, type AuditKind } from '../../api/console-api';
