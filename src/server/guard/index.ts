// The HTTP half of the one input guard (the services' half is parseInput): addresses, body sizes, origins,
// and the headers of every answer. createApp installs them in this order.
export { addressGuard } from './addressGuard';
export { bodyLimitFor, bodyLimitGuard, bodyLimits, defaultBodyLimit, type BodyLimit } from './bodyLimits';
export {
  clientAddress,
  cookiesAreSecure,
  defaultDeployment,
  deploymentFromEnv,
  withDeployment,
  type DeploymentSettings,
} from './deployment';
export { originGuard } from './originGuard';
export { apiContentSecurityPolicy, appContentSecurityPolicy, securityHeaders } from './securityHeaders';
